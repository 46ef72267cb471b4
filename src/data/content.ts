/**
 * The content every page reads, loaded once and checked across entries.
 * A cross-entry problem stops the build with each file named, never a page
 * silently missing an entry.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkIntegrity, formatProblems } from '../lib/integrity.ts';

async function load() {
  const [committees, decisions, followups, meetings, publishers, translations] = await Promise.all([
    getCollection('committees'),
    getCollection('decisions'),
    getCollection('followups'),
    getCollection('meetings'),
    getCollection('publishers'),
    getCollection('translations'),
  ]);
  const problems = checkIntegrity({ committees, decisions, followups, meetings, publishers, translations });
  if (problems.length > 0) {
    throw new AstroError(
      `The content has ${problems.length} problem(s) across entries:\n${formatProblems(problems)}`,
      'Correct each file named above, then build again.',
    );
  }
  /** Each committee's facts by its code, e.g. for its reply period. */
  const committeeByCode: ReadonlyMap<string, (typeof committees)[number]['data']> = new Map(
    committees.map((entry) => [entry.id, entry.data]),
  );
  return { committees, committeeByCode, decisions, followups, meetings, publishers, translations };
}

let cached: ReturnType<typeof load> | undefined;

/** All collections, validated; loaded once per build. */
export function getContent() {
  cached ??= load();
  return cached;
}
