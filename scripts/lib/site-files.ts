/**
 * Reading a built site quickly: the post-build steps walk tens of thousands of
 * files at scale, so the walk asks the directory for file types rather than
 * a `stat` per file, and a page's <head> is read without the rest of it.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name passes `keep`, as paths starting with `dir`. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** The start of a page, up to the end of its <head>; the whole file if it has none. */
export function headOf(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(32 * 1024);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    const start = buffer.toString('utf8', 0, length);
    return start.includes('</head>') ? start : readFileSync(file, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}
