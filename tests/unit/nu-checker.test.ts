import { describe, expect, it } from 'vitest';
import { describeNuMessage, javaMajor, sortNuMessages, type NuMessage } from '../../scripts/lib/nu-checker.ts';

const page = 'file:/site/dist/en/decisions/index.html';

const roleOnCell: NuMessage = {
  type: 'error',
  url: page,
  lastLine: 12,
  firstColumn: 40,
  message: 'The “role” attribute must not be used on a “td” element which has a “table” ancestor with no “role” attribute.',
  extract: '<td role="cell">\n  <a href',
};
const stylesheetFromFile: NuMessage = {
  type: 'info',
  subType: 'warning',
  url: page,
  message:
    'Resource violates Content Security Policy (meta tag): external stylesheet “/_astro/global.BaZ5lLzr.css” blocked by “style-src” directive.',
};
const jsonLd: NuMessage = {
  type: 'info',
  subType: 'warning',
  url: page,
  message: 'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.',
  extract: '_GB">\n    <script type="application/ld+json">{"@con',
};

describe('the Nu Html Checker report', () => {
  it('stops on every error and names the files that have one', () => {
    const report = sortNuMessages([
      roleOnCell,
      { ...roleOnCell, lastLine: 13 },
      { ...roleOnCell, url: 'file:/site/dist/kk/index.html' },
    ]);
    expect(report.errors).toHaveLength(3);
    expect(report.filesWithErrors).toBe(2);
  });

  it('counts the warnings it explains and stops on any other', () => {
    const inlineScript = { ...jsonLd, extract: '<script>alert(1)</script>' };
    const otherStylesheet = {
      ...stylesheetFromFile,
      message: stylesheetFromFile.message.replace('“/_astro', '“https://cdn.example.org'),
    };
    const report = sortNuMessages([stylesheetFromFile, stylesheetFromFile, jsonLd, inlineScript, otherStylesheet]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([inlineScript, otherStylesheet]);
    expect(report.accepted.map(({ count }) => count)).toEqual([2, 1]);
  });

  it('leaves out information that is not a warning', () => {
    expect(
      sortNuMessages([{ type: 'info', url: page, message: 'Trailing slash on void elements has no effect.' }]),
    ).toMatchObject({
      errors: [],
      warnings: [],
    });
  });

  it('says where each message is, in the file as the reader would open it', () => {
    expect(describeNuMessage(roleOnCell, (url) => url.replace('file:/site/', ''))).toBe(
      'dist/en/decisions/index.html:12:40  error: The “role” attribute must not be used on a “td” element which has a “table” ancestor with no “role” attribute.  <td role="cell"> <a href',
    );
  });
});

describe('the Java the checker runs on', () => {
  it('reads the major version from the banner of old and new Java', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('java version "1.8.0_392"')).toBe(8);
    expect(javaMajor('command not found')).toBeNull();
  });
});
