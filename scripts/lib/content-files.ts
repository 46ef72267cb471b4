/**
 * The content as the build loads it, for the tests and the editor tools: the
 * entries that pass their schema, and every error the validator finds.
 */
import { checkContent, type Content, type Result } from './validate.ts';

export type { Content };

export function readContent(root: string): { content: Content; problems: Result[] } {
  const { results, content } = checkContent(root);
  return { content, problems: results.filter((result) => result.severity === 'error') };
}
