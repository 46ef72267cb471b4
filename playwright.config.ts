import { defineConfig, devices } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './scripts/browser.ts';
import { port, searchFixture } from './tests/e2e/sites.ts';

const browser = findBrowser();

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
  // The tests run against the built site, as readers get it, and the search's against a site of fixture content.
  webServer: [
    {
      command: `node scripts/serve-static.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/build.ts && node scripts/serve-static.ts --dir ${searchFixture.out} --port ${searchFixture.port}`,
      env: {
        PORTAL_CONTENT: searchFixture.content,
        PORTAL_OUT: searchFixture.out,
        PORTAL_CACHE: 'node_modules/.astro/search-fixture',
      },
      url: `http://127.0.0.1:${searchFixture.port}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
