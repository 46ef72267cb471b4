/**
 * A rebuild keeps the pages whose content did not change.
 *
 * Each page that shows entries gives a key of everything it shows
 * (`cacheKey`, from src/data/page-keys.ts). After a build, the page is kept
 * in Astro's cache folder with its key, and the code it was rendered with;
 * the next build, with the same code, does not render a page whose key is
 * unchanged: its `getStaticPaths` leaves it out (`keepUnchanged`), and the
 * kept copy is linked back into the output when Astro is done.
 *
 * Astro's own incremental build (`experimental.incrementalBuild`) did this
 * before, at a cost to every cold build: it records what each page read,
 * writes every page twice and restores each kept page by copying it. At
 * 10,000 decisions that was about 18 of Astro's 100 seconds of page
 * generation (docs/performance.md). Here a build from nothing only links each
 * rendered page into the cache, and a rebuild does not ask Astro for the
 * pages it keeps at all.
 *
 * Nothing is kept across a change to the code: the key of the code hashes
 * every file under src/ but the content, the Astro configuration, the lock
 * file, the site's address and the version of Node. `npm run build -- --fresh`
 * empties the cache. The first page of each route is always rendered, so
 * that Astro still sees every route's security policy.
 *
 * A page and its kept copy are one file under two names. Astro empties the
 * output folder before it builds (scripts/build.ts moves it aside), so a
 * page rendered again is a new file and never writes into its kept copy.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeKey as sourceKey } from '../../scripts/lib/code-key.ts';

const REGISTRY = Symbol.for('portal.kept-pages');
const VERSION = 1;

/** What a build knows of the kept pages: shared by the integration and the routes through `globalThis`. */
export type KeptPages = {
  /** The key of the code and settings of this build (`codeKey`). */
  code: string;
  /** Folder of the kept copies, one file per page. */
  store: string;
  /** The key of each page kept by the last build, by its path (`en/decisions/ccpr-2521-2015/`), when the code is the same. */
  previous: ReadonlyMap<string, string>;
  /** This build's key of each keyed page. */
  keys: Map<string, string>;
  /** The pages this build does not render, as their kept copy is current. */
  kept: Set<string>;
};

type Manifest = { version: number; code: string; pages: Record<string, string> };

const registry = globalThis as { [REGISTRY]?: KeptPages };

/** The kept pages of the build under way; none in `astro dev`, `astro check` or a test. */
export function keptPages(): KeptPages | undefined {
  return registry[REGISTRY];
}

/**
 * A page's path from its route, the page's file under src/pages without its
 * extension (`[lang]/decisions/[id]`, `[lang]/index`), and its parameters;
 * null when a parameter is not a plain name.
 */
export function pagePath(route: string, params: Readonly<Record<string, string | undefined>>): string | null {
  let plain = true;
  const path = route.replace(/\/index$/, '').replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (!value || !/^[\w.-]+$/.test(value) || /^\.+$/.test(value)) plain = false;
    return value ?? '';
  });
  return plain ? `${path}/` : null;
}

/** The kept copy of a page: one flat folder, the path written as a file name. */
export function storeFile(store: string, path: string): string {
  return join(store, `${encodeURIComponent(path)}index.html`);
}

/**
 * `getStaticPaths` of a keyed route, less the pages kept from the last build.
 * `route` is the page's file under src/pages without its extension.
 */
export function keepUnchanged<P extends { params: Record<string, string | undefined>; cacheKey?: string }>(
  route: string,
  paths: P[],
): P[] {
  const build = keptPages();
  if (!build) return paths;
  return paths.filter((item, index) => {
    if (item.cacheKey === undefined) return true;
    const path = pagePath(route, item.params);
    if (path === null) return true;
    build.keys.set(path, item.cacheKey);
    const keep = index > 0 && build.previous.get(path) === item.cacheKey && existsSync(storeFile(build.store, path));
    if (keep) build.kept.add(path);
    else build.kept.delete(path);
    return !keep;
  });
}

/** The key of what renders the pages: the code under src/ (not the content), the configuration and the settings. */
export function codeKey(root: string, settings: unknown): string {
  return sourceKey(root, { version: VERSION, settings }, ['astro.config.ts', 'package-lock.json', 'tsconfig.json']);
}

function readManifest(file: string, code: string): Map<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (manifest.version === VERSION && manifest.code === code) return new Map(Object.entries(manifest.pages));
  } catch {
    // None yet, or unreadable: every page is rendered.
  }
  return new Map();
}

/** A second name for a file, or a copy where the two folders cannot share it (another disk). */
function linkOrCopy(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The Astro integration: loads the kept pages before the build, links them both ways after it. */
export function keepPages(): AstroIntegration {
  let root = '';
  let folder = '';
  let settings: unknown = null;
  return {
    name: 'portal:kept-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        folder = join(fileURLToPath(config.cacheDir), 'kept-pages');
        settings = { site: config.site, base: config.base, format: config.build.format, slash: config.trailingSlash };
      },
      'astro:build:start': () => {
        const code = codeKey(root, settings);
        const store = join(folder, 'pages');
        registry[REGISTRY] = {
          code,
          store,
          previous: readManifest(join(folder, 'manifest.json'), code),
          keys: new Map(),
          kept: new Set(),
        };
      },
      'astro:build:done': ({ dir, logger }) => {
        const build = keptPages();
        if (!build) return;
        const output = fileURLToPath(dir);
        const manifestFile = join(folder, 'manifest.json');
        // Without a manifest the next build renders everything: a build stopped halfway keeps nothing stale.
        rmSync(manifestFile, { force: true });
        mkdirSync(build.store, { recursive: true });
        for (const [path] of build.previous) {
          if (!build.keys.has(path)) rmSync(storeFile(build.store, path), { force: true });
        }
        for (const path of build.keys.keys()) {
          const page = join(output, path, 'index.html');
          const kept = storeFile(build.store, path);
          if (build.kept.has(path)) {
            mkdirSync(join(output, path), { recursive: true });
            linkOrCopy(kept, page);
          } else if (existsSync(page)) {
            if (existsSync(kept)) unlinkSync(kept);
            linkOrCopy(page, kept);
          } else {
            build.keys.delete(path);
          }
        }
        const manifest: Manifest = { version: VERSION, code: build.code, pages: Object.fromEntries(build.keys) };
        writeFileSync(manifestFile, JSON.stringify(manifest));
        logger.info(`${build.kept.size} unchanged pages kept from the last build, ${build.keys.size - build.kept.size} rendered`);
      },
    },
  };
}
