/**
 * The published record is complete: every decision entry, however many
 * editors add, has its page with its communication numbers and symbols, and
 * searching any author's surname finds the decision.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bundled } from './content.ts';

test('every decision entry is published with its numbers and symbols', async ({ request }) => {
  const files = readdirSync(join(import.meta.dirname, '../../src/content/decisions')).filter((name) => name.endsWith('.md'));
  expect(bundled.decisions.map((entry) => `${entry.id}.md`).sort()).toEqual(files.sort());
  for (const entry of bundled.decisions) {
    const response = await request.get(`/en/decisions/${entry.id}/`);
    expect(response.status(), entry.id).toBe(200);
    const html = await response.text();
    for (const number of entry.data.communications) expect(html, `${entry.id} shows ${number}`).toContain(number);
    for (const symbol of entry.data.symbols) expect(html, `${entry.id} shows ${symbol}`).toContain(symbol);
  }
});

/**
 * The surname in an author line as published: "Ermek Narymbaev" → Narymbaev;
 * "Toirjon Abdussamatov and 28 other complainants" → Abdussamatov;
 * "Koshkarbayev (first name not shown)" → Koshkarbayev. Initials (X., N.Z.)
 * and unnamed authors have no surname to search.
 */
function surnameOf(author: string): string | null {
  const name = author
    .replace(/\(.*?\)/g, '')
    .replace(/\band \d+ other.*$/, '')
    .trim();
  if (/^not named/i.test(name)) return null;
  const words = name.split(/\s+/).filter((word) => /^[A-Z][a-z]/.test(word) && !word.endsWith('.'));
  return words.at(-1) ?? null;
}

test('searching any author’s surname finds their decision', async ({ page }) => {
  await page.goto('/en/search/');
  const searched: { surname: string; id: string }[] = [];
  for (const entry of bundled.decisions) {
    for (const author of entry.data.authors ?? []) {
      const surname = surnameOf(author);
      if (surname) searched.push({ surname, id: entry.id });
    }
  }
  expect(searched.length).toBeGreaterThan(0);
  const missed = await page.evaluate(async (queries) => {
    const bundle = '/pagefind/en/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const misses: string[] = [];
    for (const { surname, id } of queries) {
      const search = await pagefind.search(surname);
      const urls = await Promise.all(
        search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url),
      );
      if (!urls.includes(`/en/decisions/${id}/`)) misses.push(`${surname} → ${id}`);
    }
    return misses;
  }, searched);
  expect(missed).toEqual([]);
});
