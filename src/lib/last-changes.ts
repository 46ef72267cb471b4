/**
 * When each content file last changed, from git: the time of the last commit
 * that touched it. A feed entry's `updated` is its own files' last change, not
 * a day shared by every entry. The history is read once per build, with one
 * `git log` over the content. Outside a git checkout, or in a shallow clone
 * (whose oldest commit seems to change every file), there is none, and the
 * feeds date their entries from the content instead.
 */
import { execFileSync } from 'node:child_process';

/**
 * Reads `git log --format=%x00%cI --name-only` (newest commit first): each
 * file's newest commit time, in UTC to the second (`2024-07-16T09:30:00Z`).
 */
export function parseLastChanges(log: string): Map<string, string> {
  const changes = new Map<string, string>();
  for (const commit of log.split('\0')) {
    const [time, ...files] = commit.split('\n').map((line) => line.trim());
    if (!time) continue;
    const utc = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (const file of files) if (file && !changes.has(file)) changes.set(file, utc);
  }
  return changes;
}

let read: { root: string; changes: Map<string, string> | null } | undefined;

/**
 * Each file under `folder` (paths relative to `root`, as the content's `filePath`) with the time it
 * last changed, or null when git cannot say: no git, not a checkout, or a shallow clone.
 */
export function lastChanges(root: string = process.cwd(), folder = 'src/content'): Map<string, string> | null {
  if (read?.root === root) return read.changes;
  const git = (args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  let changes: Map<string, string> | null = null;
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'false') {
      changes = parseLastChanges(git(['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', folder]));
    }
  } catch {
    changes = null;
  }
  read = { root, changes };
  return changes;
}

/** The latest of the times `files` last changed; undefined when git knows none of them. */
export function latestChange(changes: ReadonlyMap<string, string> | null, files: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const file of files) {
    const time = changes?.get(file);
    if (time && (!latest || time > latest)) latest = time;
  }
  return latest;
}
