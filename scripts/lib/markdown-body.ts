/**
 * Checks the Markdown body an editor wrote, read as the build reads it (the
 * same Sätteri features and plugin, `src/lib/markdown-safety.ts`): nothing
 * that could run in a reader's browser, no empty or insecure links, headings
 * that follow the page's outline. Positions are lines and columns within the body.
 */
import { markdownToHtml } from 'satteri';
import { MARKDOWN_FEATURES, markdownSafety, type MarkdownProblem } from '../../src/lib/markdown-safety.ts';

export type BodyProblem = MarkdownProblem;

export function checkMarkdownBody(markdown: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  markdownToHtml(markdown, { mdastPlugins: [markdownSafety((problem) => problems.push(problem))], features: MARKDOWN_FEATURES });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
