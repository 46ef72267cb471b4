/**
 * What `astro build` writes beside the pages (src/build/sitemap-and-headers.ts):
 * the sitemap from the pages Astro built, and the security headers from the
 * policies of their <meta>.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy, securityHeaderFiles } from '../../scripts/lib/security-headers.ts';
import { sitemapEntries } from '../../scripts/lib/sitemap.ts';

describe('the sitemap entries', () => {
  const pages = ['', 'en/', 'ru/', 'kk/decisions/cat-444-2010/', 'en/editors/', '404/', 'symbol/CAT/C/48/D/444/2010/'];
  const entries = sitemapEntries(pages, 'https://example.org/portal/');
  const locs = entries.map((entry) => /<loc>(.*)<\/loc>/.exec(entry)![1]);

  it('lists the root, then each page of a language in every language', () => {
    expect(locs).toEqual([
      'https://example.org/portal/',
      'https://example.org/portal/kk/',
      'https://example.org/portal/ru/',
      'https://example.org/portal/en/',
      'https://example.org/portal/kk/decisions/cat-444-2010/',
      'https://example.org/portal/ru/decisions/cat-444-2010/',
      'https://example.org/portal/en/decisions/cat-444-2010/',
    ]);
  });

  it("gives each page its alternates, and leaves out redirects, the 404 page and the editors' report", () => {
    expect(entries[6]).toContain(
      '<xhtml:link rel="alternate" hreflang="ru" href="https://example.org/portal/ru/decisions/cat-444-2010/"/>',
    );
    expect(entries.join('\n')).not.toMatch(/editors|404|symbol/);
  });
});

describe('the security headers', () => {
  const meta = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;

  it("join the pages' hashes and forbid framing", () => {
    const files = securityHeaderFiles([
      meta("default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'"),
      meta("default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'"),
      '<head><title>No policy</title></head>',
    ])!;
    const policy = /Content-Security-Policy: (.*)/.exec(files.get('_headers')!)![1]!;
    expect(parsePolicy(policy)).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['script-src', ["'self'", "'sha256-a'", "'sha256-b'"]],
        ['style-src', ["'self'", "'sha256-c'"]],
        ['frame-ancestors', ["'none'"]],
      ]),
    );
    expect(files.get('nginx-security-headers.conf')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });

  it('are not written when no page carries a policy', () => {
    expect(securityHeaderFiles(['<head></head>'])).toBeNull();
  });
});
