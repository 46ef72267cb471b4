/**
 * Astro's loader for the portal's Markdown entries, on Astro's public Content
 * Loader API. It reads each file with the reader the editors' validator uses
 * (src/lib/entry-file.ts), so the build and `npm run validate` see the same
 * fields: dates as written, whole numbers only where written plainly, and
 * the same refusals (a file that is not UTF-8, an invisible character, a
 * symbolic link), each with the validator's message. The body is rendered
 * with the Markdown processor of astro.config.ts, as Astro's own glob loader
 * renders it.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { decodeEntry, parseEntry, type EntryProblem } from './entry-file.ts';

type Options = {
  /** The folder, relative to the project. */
  base: string;
  /** How many folders down the entries are: 1 for `decisions/x.md`, 3 for `translations/kk/decisions/x.md`. */
  depth?: number;
  /** The entry's id from its path under `base` (without `.md`, with `/`) and its fields; the path by default. */
  id?: (path: string, data: Record<string, unknown>) => string;
};

/** The Markdown files `depth` folders down; a link (which could lead outside the content) is returned as one. */
async function markdownFiles(folder: string, depth: number, under = ''): Promise<{ path: string; link: boolean }[]> {
  const items = await readdir(join(folder, under), { withFileTypes: true }).catch(() => []);
  const found = await Promise.all(
    items.map(async (item) => {
      if (item.name.startsWith('.')) return [];
      const path = under ? `${under}/${item.name}` : item.name;
      if (item.isSymbolicLink()) return [{ path, link: true }];
      if (depth > 1) return item.isDirectory() ? markdownFiles(folder, depth - 1, path) : [];
      return item.isFile() && item.name.endsWith('.md') ? [{ path, link: false }] : [];
    }),
  );
  return found.flat();
}

export function markdownEntries({ base, depth = 1, id = (path) => path }: Options): Loader {
  return {
    name: 'portal-markdown-entries',
    async load({ config, store, parseData, renderMarkdown, generateDigest, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const fileIds = new Map<string, string>();

      /** Reads one file into the store; returns its problems, each as the validator words it. */
      async function sync(path: string, link: boolean, seen?: Map<string, string>): Promise<string[]> {
        const filePath = relative(root, join(folder, path)).split(sep).join('/');
        const say = (problems: readonly EntryProblem[]) =>
          problems.map((problem) => `${filePath}:${problem.line}:${problem.column} ${problem.field}: ${problem.message}`);
        if (link) {
          return say([
            {
              line: 1,
              column: 1,
              field: '(file)',
              message: 'this is a link to another file or folder (a symbolic link): put the file itself here',
            },
          ]);
        }
        const decoded = decodeEntry(await readFile(join(folder, path)));
        if ('problem' in decoded) return say([decoded.problem]);
        const entry = parseEntry(decoded.text);
        if (entry.problems.length > 0 || !entry.data) return say(entry.problems);
        const entryId = id(path.replace(/\.md$/, ''), entry.data);
        const other = seen?.get(entryId);
        if (other !== undefined && other !== filePath) return [`${filePath}: the same entry as ${other} (${entryId}): keep one`];
        seen?.set(entryId, filePath);
        const previousId = fileIds.get(path);
        if (previousId !== undefined && previousId !== entryId) store.delete(previousId);
        fileIds.set(path, entryId);
        const digest = generateDigest(decoded.text);
        const existing = store.get(entryId);
        if (existing?.digest === digest && existing.filePath === filePath) return [];
        const data = await parseData({ id: entryId, data: entry.data, filePath: join(folder, path) });
        const body = entry.body.trim();
        // Astro's renderer looks for fields at the start of what it is given: these empty ones are all it finds.
        const rendered = await renderMarkdown(`---\n---\n${body}`);
        store.set({ id: entryId, data, body, filePath, digest, rendered });
        return [];
      }

      const files = await markdownFiles(folder, depth);
      const seen = new Map<string, string>();
      const problems: string[] = [];
      for (const file of files) problems.push(...(await sync(file.path, file.link, seen)));
      if (problems.length > 0) {
        throw new Error(`Entries that cannot be read (npm run validate says the same):\n${problems.join('\n')}`);
      }
      for (const stale of store.keys()) if (!seen.has(stale)) store.delete(stale);

      if (!watcher) return;
      watcher.add(folder);
      const changed = async (absolute: string) => {
        const path = relative(folder, absolute).split(sep).join('/');
        if (path.startsWith('..') || path.split('/').length !== depth || !path.endsWith('.md')) return;
        const link = (await lstat(absolute).catch(() => undefined))?.isSymbolicLink() ?? false;
        const found = await sync(path, link).catch((error: Error) => [`${path}: ${error.message}`]);
        for (const problem of found) logger.error(problem);
      };
      watcher.on('change', changed);
      watcher.on('add', changed);
      watcher.on('unlink', (absolute) => {
        const path = relative(folder, absolute).split(sep).join('/');
        const entryId = fileIds.get(path);
        if (entryId === undefined) return;
        store.delete(entryId);
        fileIds.delete(path);
      });
    },
  };
}
