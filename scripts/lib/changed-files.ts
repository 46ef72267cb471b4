/**
 * The content files an editor changed, as git sees them: the files changed in
 * the working tree (untracked ones included) and in the branch's commits since
 * it left `main` (the merge base). `npm run validate` lists the warnings of
 * these files only. Undefined when the project is not a git checkout, or when
 * no `main` can be found to compare with: every file is the editor's then.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

function git(root: string, args: string[]): string | undefined {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout : undefined;
}

/** The branch the editor's work goes into: `main`, or the remote's, or the pull request's base in CI. */
function baseCommit(root: string): string | undefined {
  const bases = ['main', 'origin/main', ...(process.env.GITHUB_BASE_REF ? [`origin/${process.env.GITHUB_BASE_REF}`] : [])];
  for (const base of bases) {
    const commit = git(root, ['merge-base', 'HEAD', base])?.trim();
    if (commit) return commit;
  }
  return undefined;
}

/** Paths relative to `root`, with `/`, of the content files changed since the merge base with main. */
export function changedContentFiles(root: string): { files: Set<string>; base: string } | undefined {
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top || realpathSync(top) !== realpathSync(root)) return undefined;
  const base = baseCommit(root);
  if (!base) return undefined;
  const changed = git(root, ['diff', '--name-only', '-z', '--no-renames', base, '--', 'src/content']);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', 'src/content']);
  if (changed === undefined || untracked === undefined) return undefined;
  const files = new Set([...changed.split('\0'), ...untracked.split('\0')].filter(Boolean));
  return { files, base: base.slice(0, 7) };
}
