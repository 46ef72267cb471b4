/**
 * Finds a Chromium for the browser tests: Playwright's own download where it
 * is installed, else a system Chromium (Debian's `/usr/bin/chromium` and the
 * usual other places). Shared by `ensure-browser.ts` and `playwright.config.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((path): path is string => Boolean(path));

export type Browser = { kind: 'playwright' } | { kind: 'system'; executablePath: string };

export function findBrowser(): Browser | null {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
    return { kind: 'system', executablePath: process.env.CHROMIUM_PATH };
  }
  try {
    if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
  } catch {
    // Playwright throws when it has no browser for this platform; fall through.
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  return system ? { kind: 'system', executablePath: system } : null;
}

/**
 * Flags for a system Chromium: no sandbox when running as root (CI here),
 * and no background traffic to hosts a closed network refuses.
 */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
