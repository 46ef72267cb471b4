/**
 * Content read as the build reads it, so tests compute what pages should show:
 * the reader fixture's (tests/fixtures/site), for tests of given decisions, and
 * the bundled content, for tests that hold every entry of the real site alike.
 */
import { join } from 'node:path';
import { readContent } from '../../scripts/lib/content-files.ts';

const root = join(import.meta.dirname, '../..');

/** The reader fixture's content, frozen: tests may name its entries and quote their words. */
export const { content } = readContent(join(root, 'tests/fixtures/site'));
export const decisionById = (id: string) => {
  const entry = content.decisions.find((item) => item.id === id);
  if (!entry) throw new Error(`No decision ${id} in tests/fixtures/site`);
  return entry;
};

/** The bundled content, which editors change: for tests over every entry, never naming one. */
export const { content: bundled } = readContent(root);
