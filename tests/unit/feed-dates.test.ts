import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanges, latestChange, parseLastChanges } from '../../src/lib/last-changes.ts';
import { nameBasedUuid, stableUrn } from '../../src/lib/stable-id.ts';

describe('ids that never change', () => {
  it('are version 5 UUIDs as RFC 9562 makes them', () => {
    // The example of Python's uuid module: uuid5(NAMESPACE_DNS, 'python.org').
    expect(nameBasedUuid('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('depend on the name alone: one per entry and language, whatever the host', () => {
    expect(stableUrn('decision/ccpr-2521-2015/kk')).toBe(stableUrn('decision/ccpr-2521-2015/kk'));
    expect(stableUrn('decision/ccpr-2521-2015/kk')).not.toBe(stableUrn('decision/ccpr-2521-2015/ru'));
    expect(stableUrn('decision/ccpr-2521-2015/kk')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('when each content file last changed', () => {
  it('reads the newest commit of each file from git log, in UTC to the second', () => {
    const log = [
      '\u00002024-07-16T12:30:00+06:00\n\nsrc/content/decisions/a.md\nsrc/content/translations/kk/decisions/a.md\n',
      '\u00002023-01-02T03:04:05+00:00\n\nsrc/content/decisions/a.md\nsrc/content/decisions/b.md\n',
    ].join('');
    const changes = parseLastChanges(log);
    expect(changes.get('src/content/decisions/a.md')).toBe('2024-07-16T06:30:00Z');
    expect(changes.get('src/content/decisions/b.md')).toBe('2023-01-02T03:04:05Z');
    expect(latestChange(changes, ['src/content/decisions/b.md', 'src/content/translations/kk/decisions/a.md'])).toBe(
      '2024-07-16T06:30:00Z',
    );
    expect(latestChange(changes, ['src/content/decisions/new.md'])).toBeUndefined();
    expect(latestChange(null, ['src/content/decisions/a.md'])).toBeUndefined();
  });

  it('asks git of a checkout, and has no answer outside one', () => {
    const root = mkdtempSync(join(tmpdir(), 'last-changes-'));
    try {
      expect(lastChanges(root)).toBeNull();
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', root, ...args], {
          env: { ...process.env, GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z', GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z' },
        });
      const checkout = join(root, 'checkout');
      mkdirSync(join(checkout, 'src/content/decisions'), { recursive: true });
      writeFileSync(join(checkout, 'src/content/decisions/a.md'), '---\n---\n');
      git('init', '-q', checkout);
      git('-C', checkout, 'add', '.');
      git('-C', checkout, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-qm', 'Add a');
      expect(lastChanges(checkout)?.get('src/content/decisions/a.md')).toBe('2025-03-04T05:06:07Z');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
