/**
 * Reads the content folders outside Astro, with the same schemas Astro uses,
 * and reports every problem with its file. Used by the tests and the editor
 * tools; it never writes a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { committeeSchema } from '../../src/schemas/committee.ts';
import { decisionSchema, type Decision } from '../../src/schemas/decision.ts';
import { followupSchema, type Followup } from '../../src/schemas/followup.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';
import { checkIntegrity, type Problem } from '../../src/lib/integrity.ts';
import { describeIssues } from '../../src/lib/schema-issues.ts';

type Entry<T> = { id: string; filePath: string; data: T; body: string };

export type Content = {
  committees: Entry<ReturnType<typeof committeeSchema.parse>>[];
  decisions: Entry<Decision>[];
  followups: Entry<Followup>[];
  meetings: Entry<Meeting>[];
};

function readFolder<T>(
  root: string,
  folder: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown } },
  problems: Problem[],
  idOf: (file: string, data: T) => string = (file) => file.replace(/\.md$/, ''),
): Entry<T>[] {
  const dir = join(root, 'src/content', folder);
  const entries: Entry<T>[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
    const filePath = relative(root, join(dir, file));
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({ file: filePath, field: '(frontmatter)', message: (error as Error).message.split('\n')[0] });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of describeIssues(result.error as never)) problems.push({ file: filePath, ...issue });
      continue;
    }
    entries.push({ id: idOf(file, result.data), filePath, data: result.data, body: parsed.content });
  }
  return entries;
}

export function readContent(root: string): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const content: Content = {
    committees: readFolder(root, 'committees', committeeSchema, problems, (_file, data) => data.code),
    decisions: readFolder(root, 'decisions', decisionSchema, problems),
    followups: readFolder(root, 'followups', followupSchema, problems),
    meetings: readFolder(root, 'meetings', meetingSchema, problems),
  };
  problems.push(...checkIntegrity(content));
  return { content, problems };
}
