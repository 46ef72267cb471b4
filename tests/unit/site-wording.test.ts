/**
 * The wording check of the built site (npm run test:site): a verdict no source
 * gives, a placeholder shown as a fact, or an outcome without where it comes
 * from is found, with its line; the portal's own markup passes.
 */
import { describe, expect, it } from 'vitest';
import { checkWording } from '../../scripts/lib/site-wording.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>x</title></head><body>\n${body}\n</body></html>`;
const whats = (body: string) => checkWording('page.html', page(body)).map((problem) => `${problem.line} ${problem.what}`);

describe('wording of a built page', () => {
  it('passes an outcome with its basis, and "not yet recorded" alone', () => {
    expect(
      whats(
        '<span class="finding"><span class="tag tag--violation">Violation found</span> <span class="finding-basis finding-basis--secondary">as reported by CCPR Centre</span></span>\n<span class="finding"><span class="tag tag--unknown">Not yet recorded</span></span>',
      ),
    ).toEqual([]);
  });

  it('finds an outcome shown without its basis, inside a finding or on its own', () => {
    expect(whats('<span class="finding"><span class="tag tag--violation">Violation found</span></span>')).toEqual([
      '2 an outcome shown without where it comes from',
    ]);
    expect(whats('<p>\n<span class="tag tag--inadmissible">Inadmissible</span></p>')).toEqual([
      '3 an outcome shown without where it comes from: render it with OutcomeTag.astro',
    ]);
  });

  it('finds a verdict on lateness in each language, in text and in attributes, but not in scripts or addresses', () => {
    expect(whats('<p>Overdue by 4,971 days</p>')).toEqual(['2 a verdict no source gives']);
    expect(whats('<p>Ответ просрочен</p>\n<p>Жауап мерзімі өткен</p>')).toEqual([
      '2 a verdict no source gives',
      '3 a verdict no source gives',
    ]);
    expect(whats('<a href="/en/follow-up/overdue/" title="Reply overdue">x</a>')).toEqual(['2 a verdict no source gives']);
    expect(whats('<a href="/en/follow-up/overdue/">Period ended</a><script>const overdue = 1;</script>')).toEqual([]);
  });

  it('finds a space between a link and the punctuation after it', () => {
    expect(whats('<p>Source: <a href="/a">A</a>\n  ; <a href="/b">B</a></p>')).toEqual(['2 a space before punctuation']);
    expect(whats('<p>Source: <a href="/a">\n  Case page\n</a>.</p>')).toEqual(['4 a space before punctuation']);
    expect(whats('<p>Source: <a href="/a">Case page</a>. See <a href="/b">more</a>.</p>')).toEqual([]);
    expect(whats('<p><a href="/a">\n  About\n</a>\n · <a href="/b">Data</a></p>')).toEqual([
      '4 a link whose text ends in a space, underlined before the text after it',
    ]);
    expect(whats('<ul><li><a href="/a">\n  About\n</a>\n</li></ul>')).toEqual([]);
    expect(whats('<p>Source: <a href="/a">A</a>; <a href="/b">B</a>.</p>')).toEqual([]);
  });

  it('finds placeholders and research notes shown as facts', () => {
    expect(whats('<dd>None</dd>')).toEqual(['2 a placeholder or note shown as a fact']);
    expect(whats('<li>Not named in stored summary (Kazakh activist born 1970) v. Kazakhstan</li>')).toEqual([
      '2 a placeholder or note shown as a fact',
    ]);
    expect(whats('<dd>Fair trial (translated from the Arabic header)</dd>')).toEqual(['2 a placeholder or note shown as a fact']);
    expect(whats('<dd>None listed in the document</dd>')).toEqual([]);
    expect(whats('<dd><code>null</code> when not known; <code>[]</code> = none</dd>')).toEqual([]);
    expect(whats('<dd><span>null</span></dd>')).toEqual(['2 a placeholder or note shown as a fact']);
  });
});
