import { defineConfig, devices } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './scripts/browser.ts';
import { port, readerFixture, searchFixture, type FixtureSite } from './tests/e2e/sites.ts';

const browser = findBrowser();

/** Builds a fixture's content into a site of its own, with caches of its own, and serves it. */
const fixtureServer = (site: FixtureSite) => ({
  command: `node scripts/build.ts && node scripts/serve-static.ts --dir ${site.out} --port ${site.port}`,
  env: { PORTAL_CONTENT: site.content, PORTAL_OUT: site.out, PORTAL_CACHE: site.cache },
  url: `${site.url}/en/`,
  reuseExistingServer: !process.env.CI,
  timeout: 300_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(browser?.kind === 'system'
          ? { launchOptions: { executablePath: browser.executablePath, args: SYSTEM_CHROMIUM_ARGS } }
          : {}),
      },
    },
  ],
  // The tests run against the built site, as readers get it; the search's, and those of given decisions, against
  // sites of fixture content (tests/e2e/sites.ts).
  webServer: [
    {
      command: `node scripts/serve-static.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    fixtureServer(searchFixture),
    fixtureServer(readerFixture),
  ],
});
