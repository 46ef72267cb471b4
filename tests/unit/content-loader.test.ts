/**
 * The build's loader reads an entry as the validator does: the fields as
 * written (dates as text, a number with a leading zero as text), and it stops
 * on what the validator refuses, with the validator's words, rather than
 * publishing it or failing inside Astro.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { markdownEntries } from '../../src/lib/content-loader.ts';
import { validateContent } from '../../scripts/lib/validate.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-loader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Loads `files` (name → text) as a collection, through the loader's public context only. */
async function load(files: Record<string, string | { link: string }>) {
  const project = mkdtempSync(join(scratch, 'project-'));
  const folder = join(project, 'src/content/followups');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (typeof text === 'string') writeFileSync(join(folder, name), text);
    else symlinkSync(text.link, join(folder, name));
  }
  const stored = new Map<string, { id: string; data: Record<string, unknown>; body?: string; rendered?: { html: string } }>();
  const context = {
    config: { root: pathToFileURL(`${project}/`) },
    store: {
      get: (id: string) => stored.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => (stored.set(entry.id, entry), true),
      keys: () => [...stored.keys()],
      delete: (id: string) => stored.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (markdown: string) => ({ html: `<p>${markdown.replace(/^---\n---\n/, '')}</p>` }),
    generateDigest: (text: string) => String(text.length),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  try {
    await markdownEntries({ base: 'src/content/followups' }).load(context);
    return { stored, validator: validateContent(project) };
  } catch (error) {
    return { error: (error as Error).message, validator: validateContent(project) };
  }
}

const entry = (fields: string, body = 'What happened.') => `---\n${fields}\n---\n${body}\n`;

describe('the content loader', () => {
  it('stores the fields as written and the body rendered', async () => {
    const { stored } = await load({ 'a.md': entry('date: 2021-02-30\nnumber: 0130\ncount: 130\nnote: ~') });
    expect(stored!.get('a')).toMatchObject({
      data: { date: '2021-02-30', number: '0130', count: 130, note: null },
      body: 'What happened.',
      rendered: { html: '<p>What happened.</p>' },
    });
  });

  it('renders a body that starts like a block of fields as text, not as fields', async () => {
    const { stored } = await load({ 'a.md': entry('title: x', '---\ntitle: y\n---\nText.') });
    expect(stored!.get('a')!.rendered!.html).toContain('title: y');
  });

  it.each([
    ['a tab as indentation', { 'a.md': entry('decisions:\n\t- x') }, 'a.md:3:1 decisions: a tab'],
    [
      'a list that contains itself',
      { 'a.md': entry('decisions: &a [*a]') },
      'a.md:2:16 decisions: a list or fields are given by reference',
    ],
    ['a right-to-left override', { 'a.md': entry('title: a\u202Eb') }, 'a.md:2:9 title: an invisible direction mark'],
    ['a link to a file elsewhere', { 'a.md': { link: '/etc/hostname' } }, 'a.md:1:1 (file): this is a link'],
  ])('stops on %s, in the words of the validator', async (_name, files, message) => {
    const { error, validator } = await load(files);
    expect(error).toContain(`src/content/followups/${message}`);
    const [file, line] = message.split(':');
    expect(validator.some((result) => result.file === `src/content/followups/${file}` && result.line === Number(line))).toBe(
      true,
    );
  });
});
