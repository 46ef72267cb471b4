/** `astro build` as the unit tests run it: on other content, into another folder, with its own caches. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * The environment of `npm run build`: without what Vitest adds (NODE_ENV=test,
 * DEV=1, MODE...), which would make Astro build in development mode.
 */
export const buildEnvironment = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key)),
);

/** Builds `content` (a folder `<project>/src/content`) into `out`, with Astro's caches in `cache`. */
export function astroBuild(content: string, out: string, cache: string) {
  return spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...buildEnvironment, PORTAL_CONTENT: content, PORTAL_OUT: out, PORTAL_CACHE: cache },
    encoding: 'utf8',
  });
}
