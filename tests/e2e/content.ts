/** The bundled content, read as the build reads it, so tests compute what pages should show. */
import { join } from 'node:path';
import { readContent } from '../../scripts/lib/content-files.ts';

export const { content } = readContent(join(import.meta.dirname, '../..'));
export const decisionById = (id: string) => {
  const entry = content.decisions.find((item) => item.id === id);
  if (!entry) throw new Error(`No decision ${id} in the content`);
  return entry;
};
