/**
 * The code under `src/` flows one way, as the README's folder table says:
 * each folder imports only from itself and from the folders its row names,
 * nothing under `src/` imports `scripts/`, and `src/data/` has no import
 * cycle. The rules are read from the README itself, so the table and the code
 * cannot drift apart.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';

initSync();
const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

/** The rows of the README's folder table: folder → the folders (or files) it may import from. */
function readmeRules(): Map<string, string[]> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `src\/([a-z0-9-]+)\/` +\|[^|]*\|([^|]*)\|$/gm)];
  const rules = new Map<string, string[]>();
  for (const [, folder, from] of rows) {
    const named = [...from!.matchAll(/`([^`]+)`/g)].map(([, name]) => name!.replace(/^src\//, ''));
    const above = from!.includes('all of the above') ? [...rules.keys()] : [];
    rules.set(folder!, [...new Set([...above, ...named])]);
  }
  return rules;
}

const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });

/** The relative imports of a module or of an Astro component's frontmatter and scripts; types only are not code. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro')
    ? [
        /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '',
        ...[...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
      ]
    : [text];
  return code.flatMap((part) => {
    try {
      return parse(part)[0].flatMap((entry) =>
        entry.n && entry.n.startsWith('.') && !/^import\s+type\b/.test(part.slice(entry.ss, entry.se)) ? [entry.n] : [],
      );
    } catch {
      return [...part.matchAll(/^import\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)'/gm)].map((m) => m[1]!);
    }
  });
}

/** A file's folder under src/ (`lib`), a folder of the project outside src/ as `/scripts`, or null for src/ itself. */
const folderOf = (path: string): string | null => {
  const inSrc = relative(src, path);
  if (!inSrc.startsWith('..')) return inSrc.includes(sep) ? inSrc.split(sep)[0]! : null;
  return `/${relative(root, path).split(sep)[0]!}`;
};

const edges = filesUnder(src).flatMap((file) =>
  importsOf(file).map((specifier) => ({ file, target: resolve(dirname(file), specifier.split('?')[0]!) })),
);

describe('the folders under src/', () => {
  const rules = readmeRules();

  it('are each named in the README’s table', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory() && name !== 'content');
    expect(folders.filter((folder) => !rules.has(folder))).toEqual([]);
  });

  it('import only from the folders their row names', () => {
    const wrong = edges.flatMap(({ file, target }) => {
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === null || to === from) return [];
      const allowed = rules.get(from) ?? [];
      const targetPath = relative(src, target).split(sep).join('/');
      const ok = to !== null && (allowed.includes(to) || allowed.includes(targetPath));
      return ok ? [] : [`${relative(root, file)} imports ${relative(root, target)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('never import scripts/', () => {
    expect(edges.filter(({ target }) => folderOf(target) === '/scripts').map(({ file }) => relative(root, file))).toEqual([]);
  });

  it('src/data has no import cycle', () => {
    const data = join(src, 'data');
    const graph = new Map<string, string[]>();
    for (const { file, target } of edges)
      if (file.startsWith(data) && target.startsWith(data)) graph.set(file, [...(graph.get(file) ?? []), target]);
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) {
        cycles.push([...path.slice(path.indexOf(file)), file].map((item) => relative(root, item)).join(' → '));
        return;
      }
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
