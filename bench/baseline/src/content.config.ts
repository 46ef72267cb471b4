// The corpus the benchmark generated, read without a schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const CONTENT = process.env.BASELINE_CONTENT ?? '../../src/content';

export const collections = {
  decisions: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT}/decisions` }) }),
  followups: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT}/followups` }) }),
  translations: defineCollection({
    loader: glob({ pattern: '*/*/*.md', base: `${CONTENT}/translations`, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  }),
};
