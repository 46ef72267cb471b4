import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { decision, decisions, followup, followups } from './fixtures.ts';

const committees = ['CCPR', 'CAT', 'CEDAW', 'CERD', 'CRPD', 'CRC'].map((id) => ({ id }));
const meeting = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: meetingSchema.parse({ number: 1, date: null, sources: [{ url: 'https://example.org/m', label: 'MoJ' }], ...fields }),
});

describe('checks across entries', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(checkIntegrity({ committees, decisions, followups, meetings: [] })).toEqual([]);
  });

  it('names a follow-up that points to a decision that does not exist', () => {
    const dangling = followup('dangling', { kind: 'media-report', decisions: ['ccpr-9999-2015'] });
    expect(checkIntegrity({ committees, decisions, followups: [dangling], meetings: [] })).toEqual([
      {
        file: 'src/content/followups/dangling.md',
        field: 'decisions[0]',
        message: 'no decision "ccpr-9999-2015" exists: write the file name of a decision in src/content/decisions without ".md"',
      },
    ]);
  });

  it('names two decisions that claim the same symbol or communication number', () => {
    const twin = decision('ccpr-2521-2015-copy', {
      committee: 'CCPR',
      communications: ['2521/2015'],
      symbols: ['CCPR/C/130/D/2521/2015'],
    });
    const original = decision('ccpr-2521-2015', {
      committee: 'CCPR',
      communications: ['2521/2015'],
      symbols: ['CCPR/C/130/D/2521/2015'],
    });
    expect(checkIntegrity({ committees, decisions: [original, twin], followups: [], meetings: [] })).toEqual([
      {
        file: 'src/content/decisions/ccpr-2521-2015-copy.md',
        field: 'symbols[0]',
        message: 'CCPR/C/130/D/2521/2015 is already the symbol of src/content/decisions/ccpr-2521-2015.md',
      },
      {
        file: 'src/content/decisions/ccpr-2521-2015-copy.md',
        field: 'communications[0]',
        message:
          'CCPR communication 2521/2015 is already in src/content/decisions/ccpr-2521-2015.md: joined communications belong in one entry',
      },
    ]);
  });

  it('names a follow-up dated before its decision, at the precision of its date', () => {
    const early = followup('early', { kind: 'state-position', decisions: ['ccpr-2521-2015'], date: '2019' });
    const sameMonth = followup('same-month', { kind: 'state-position', decisions: ['ccpr-2521-2015'], date: '2020-11' });
    expect(checkIntegrity({ committees, decisions, followups: [early, sameMonth], meetings: [] })).toEqual([
      {
        file: 'src/content/followups/early.md',
        field: 'date',
        message: 'date 2019 is before ccpr-2521-2015 was adopted on 2020-11-06: a follow-up cannot come before its decision',
      },
    ]);
  });

  it('names references to meetings and from meetings that do not exist', () => {
    const position = followup('position-x', { kind: 'state-position', decisions: ['ccpr-2521-2015'], meeting: 'iwg-99' });
    const lonely = meeting('iwg-1', { decisions: ['ccpr-1-2000'] });
    expect(checkIntegrity({ committees, decisions, followups: [position], meetings: [lonely] })).toEqual([
      {
        file: 'src/content/followups/position-x.md',
        field: 'meeting',
        message: 'no meeting "iwg-99" exists: write the file name of a meeting in src/content/meetings without ".md"',
      },
      { file: 'src/content/meetings/iwg-1.md', field: 'decisions[0]', message: 'no decision "ccpr-1-2000" exists' },
    ]);
  });
});
