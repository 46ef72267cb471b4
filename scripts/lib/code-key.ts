/**
 * The key of the code a cache was made with: a hash of every file under src/
 * except the content, of the other files or folders named, of the version of
 * Node and of `settings`. A cache made with another key is not used, so a
 * change to a component, a schema or a check invalidates what was kept.
 * Used by the validator's cache (scripts/lib/validate.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from './site-files.ts';

export function codeKey(root: string, settings: unknown, also: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ node: process.version, settings }));
  const content = join(root, 'src/content') + sep;
  const files = [
    ...(existsSync(join(root, 'src')) ? filesUnder(join(root, 'src')) : []).filter((file) => !file.startsWith(content)),
    ...also
      .map((name) => join(root, name))
      .filter(existsSync)
      .flatMap((path) => (statSync(path).isDirectory() ? filesUnder(path) : [path])),
  ].sort();
  for (const file of files) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('base64url');
}
