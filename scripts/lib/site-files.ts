/**
 * Walking a built site: tens of thousands of files at scale, so the walk asks
 * the directory for file types rather than a `stat` per file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name passes `keep`, as paths starting with `dir`. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}
