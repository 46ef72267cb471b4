/**
 * A careless or hostile entry cannot run anything in a reader's browser: the
 * validator rejects it, and even when the validator is bypassed, a build of it
 * leaves no script, event handler, frame or dangerous link in the pages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/lib/validate.ts';
import { isSafeLink } from '../../src/lib/markdown-safety.ts';
import { astroBuild } from './astro-build.ts';

const root = join(import.meta.dirname, '../..');
const hostile = join(root, 'tests/fixtures/hostile');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('hostile content', () => {
  it('is rejected by the validator, with the line of each problem', () => {
    const errors = validateContent(hostile).filter((result) => result.severity === 'error' && result.field === '(body)');
    const messages = errors.map((error) => `${error.file.split('/').at(-1)}:${error.line} ${error.message.split(':')[0]}`);
    expect(messages).toContain('ccpr-1-2020.md:16 a <script> element is not allowed');
    expect(messages).toContain('ccpr-1-2020.md:18 raw HTML (<iframe src="https');
    expect(messages).toContain('ccpr-1-2020.md:20 raw HTML (<img src="x" onerror="alert(\'img\')">) is not allowed');
    expect(messages.filter((message) => message.startsWith('ccpr-1-2020.md:24 a link to'))).toHaveLength(2);
    // The address of [ref link][evil], defined on its own line.
    expect(messages).toContain('ccpr-1-2020.md:27 a link to "javascript');
    const fields = validateContent(hostile).filter(
      (result) => result.severity === 'error' && result.message.startsWith('HTML is not allowed'),
    );
    expect(fields.map((result) => result.field)).toEqual(
      expect.arrayContaining(['authors[0]', 'authors[1]', 'subject', 'counsel', 'sources[0].label', 'title']),
    );
  });

  it('treats only https, same-site paths and fragments as safe links', () => {
    for (const url of ['https://www.ohchr.org/', '/en/decisions/', '#facts']) expect(isSafeLink(url)).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\nscript:alert(1)',
      ' data:text/html,x',
      'vbscript:x',
      '//evil.example/',
      'http://example.org',
    ]) {
      expect(isSafeLink(url), url).toBe(false);
    }
  });

  describe('built without the validator', () => {
    const out = mkdtempSync(join(tmpdir(), 'portal-hostile-'));
    afterAll(() => {
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}-cache`, { recursive: true, force: true });
    });

    it('leaves nothing that can run in the built pages and feeds', () => {
      const build = astroBuild(join(hostile, 'src/content'), out, `${out}-cache`);
      expect(build.status, build.stderr || build.stdout).toBe(0);
      expect(readFileSync(join(out, 'communication/ccpr/1-2020/index.html'), 'utf8')).toContain('/en/decisions/ccpr-1-2020/');
      const pages = files(out).filter((file) => /\.(html|xml)$/.test(file));
      const decisionPage = readFileSync(join(out, 'en/decisions/ccpr-1-2020/index.html'), 'utf8');
      expect(decisionPage).toContain('&lt;script&gt;alert`author`&lt;/script&gt;');
      expect(decisionPage).not.toContain('<script>alert("body")');
      expect(pages.length).toBeGreaterThan(50);
      // Parsed as a browser would: what matters is elements and attributes, not text that merely looks like them.
      const found: string[] = [];
      for (const file of pages.filter((page) => page.endsWith('.html'))) {
        const where = file.slice(out.length);
        let scriptType = '';
        const parser = new Parser({
          onopentag(name, attributes) {
            if (name === 'script') {
              scriptType = attributes.type ?? '';
              // Only the portal's own modules (bundled, or inlined by Astro and hashed in the CSP) and JSON-LD data.
              const own =
                attributes.src?.startsWith('/_astro/') ||
                scriptType === 'application/ld+json' ||
                (scriptType === 'module' && !attributes.src);
              if (!own) found.push(`${where}: <script ${JSON.stringify(attributes)}>`);
            }
            if (['iframe', 'object', 'embed', 'img', 'frame'].includes(name)) found.push(`${where}: <${name}>`);
            for (const [attribute, value] of Object.entries(attributes)) {
              if (/^on/i.test(attribute)) found.push(`${where}: ${attribute} on <${name}>`);
              if (
                ['href', 'src', 'action', 'formaction'].includes(attribute) &&
                // eslint-disable-next-line no-control-regex -- browsers skip control characters in a scheme
                /^\s*(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))
              ) {
                found.push(`${where}: ${attribute}="${value}" on <${name}>`);
              }
            }
          },
          ontext(text) {
            if (scriptType === 'application/ld+json' && /</.test(text)) found.push(`${where}: unescaped < in JSON-LD`);
            // Every payload in the hostile entry calls alert(): none may reach a script the page runs.
            if (scriptType === 'module' && text.includes('alert(')) found.push(`${where}: content inside an inline script`);
          },
          onclosetag(name) {
            if (name === 'script') scriptType = '';
          },
        });
        parser.end(readFileSync(file, 'utf8'));
      }
      expect(found).toEqual([]);
      // The Atom feeds are XML: the hostile title must arrive escaped, as text.
      expect(readFileSync(join(out, 'en/feeds/follow-up.xml'), 'utf8')).toContain(
        '&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;',
      );
    }, 180_000);
  });
});
