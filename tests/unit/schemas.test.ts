import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { committeeSchema } from '../../src/schemas/committee.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { followupSchema } from '../../src/schemas/followup.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { describeIssues } from '../../src/lib/schema-issues.ts';

const fixture = (name: string) =>
  matter(readFileSync(join(import.meta.dirname, '../fixtures/decisions', `${name}.md`), 'utf8')).data;

function issuesOf(schema: { safeParse(data: unknown): { success: boolean; error?: unknown } }, data: unknown) {
  const result = schema.safeParse(data);
  expect(result.success, 'the entry should be rejected').toBe(false);
  return describeIssues(result.error as never);
}

describe('decision schema', () => {
  it('accepts a complete entry and normalises dates and defaults', () => {
    const decision = decisionSchema.parse(fixture('valid'));
    expect(decision.committee).toEqual({ collection: 'committees', id: 'CCPR' });
    expect(decision.submitted).toBe('2014-09-02');
    expect(decision.adopted).toBe('2020-11-06');
    expect(decision.counsel).toBeNull();
    expect(decision.remedies).toEqual([{ kind: 'compensation', status: 'not-implemented' }]);
    expect(decision.verification.uncertain).toBe(false);
  });

  it('keeps unknown facts as null rather than guessing', () => {
    const decision = decisionSchema.parse({
      ...fixture('valid'),
      outcome: null,
      articlesViolated: null,
      remedies: null,
      verification: {},
    });
    expect(decision.outcome).toBeNull();
    expect(decision.articlesViolated).toBeNull();
    expect(decision.remedies).toBeNull();
  });

  const broken: [fixture: string, field: string, message: string][] = [
    ['adopted-before-submitted', 'adopted', 'adopted must be on or after submitted: 2019-03-04 is before 2020-01-10'],
    ['bad-symbol-committee', 'symbols[0]', 'CCPR/C/130/D/2521/2015 belongs to CCPR, but committee is CAT: correct one of them'],
    [
      'symbol-number-mismatch',
      'symbols[0]',
      'CCPR/C/130/D/2522/2015 names communication 2522/2015, which is not listed in communications',
    ],
    ['bad-outcome', 'outcome', 'write one of violation, no-violation, inadmissible, discontinued'],
    ['bad-number', 'communications[0]', 'write a communication number as number/year, e.g. 2521/2015'],
    ['impossible-date', 'adopted', '2020-02-30 is not a day of the calendar'],
    ['http-source', 'sources[0].url', 'a source address must start with https://'],
    ['unknown-field', '(entry)', 'Unrecognized key: "outcom"'],
    ['no-authors', 'authors', 'list at least one author, or write null if no source names them'],
    [
      'other-remedy-without-note',
      'remedies[0].note',
      'a remedy of kind "other" needs a note saying what the committee asked for',
    ],
    [
      'violation-without-articles',
      'articlesViolated',
      'outcome is violation but articlesViolated is empty: list the articles, or write null if not yet recorded',
    ],
  ];
  it.each(broken)('rejects %s with a message naming the field', (name, field, message) => {
    expect(issuesOf(decisionSchema, fixture(name))).toEqual([{ field, message }]);
  });
});

describe('decision schema: where the outcome comes from, and names', () => {
  const valid = () => fixture('valid');
  it('asks where an outcome was read, and who reports one from a secondary source', () => {
    expect(issuesOf(decisionSchema, { ...valid(), verification: {} })).toEqual([
      {
        field: 'verification.outcomeSource',
        message:
          'outcome is violation: say where it was read with verification.outcomeSource: operative-part, document-header, secondary, inferred',
      },
    ]);
    expect(issuesOf(decisionSchema, { ...valid(), verification: { outcomeSource: 'secondary' } })).toEqual([
      {
        field: 'verification.outcomeReportedBy',
        message: 'the outcome comes from a secondary source: name who reports it, e.g. outcomeReportedBy: [ccpr-centre]',
      },
    ]);
    const reported = decisionSchema.parse({
      ...valid(),
      verification: { outcomeSource: 'secondary', outcomeReportedBy: ['ccpr-centre'] },
    });
    expect(reported.verification.outcomeReportedBy).toEqual([{ collection: 'publishers', id: 'ccpr-centre' }]);
  });

  it('refuses a research note in place of a name, and takes null for authors no source names', () => {
    expect(issuesOf(decisionSchema, { ...valid(), authors: ['Tikhonov (first name not shown in stored material)'] })).toEqual([
      {
        field: 'authors[0]',
        message:
          '"Tikhonov (first name not shown in stored material)" reads as a note, not a name: write only the name as the committee published it (e.g. Ermek Narymbaev, or A.P. where it withheld the name), and put what you know about it in verification.openQuestions',
      },
    ]);
    expect(issuesOf(decisionSchema, { ...valid(), authors: ['Not named in stored summary'] })[0]!.field).toBe('authors[0]');
    expect(decisionSchema.parse({ ...valid(), authors: null }).authors).toBeNull();
    expect(decisionSchema.parse({ ...valid(), authors: ['A.P.'] }).authors).toEqual(['A.P.']);
  });

  it('checks a symbol that is not one of a decision without failing on it', () => {
    expect(issuesOf(decisionSchema, { ...valid(), symbols: ['CCPR/C/111/D2009/2010'] })).toEqual([
      {
        field: 'symbols[0]',
        message: 'write a UN document symbol as BODY/C/SESSION/D/NUMBER/YEAR, e.g. CCPR/C/130/D/2521/2015',
      },
    ]);
  });
});

describe('follow-up schema', () => {
  const base = {
    decisions: ['ccpr-2521-2015'],
    date: '2021-05',
    title: 'Position of Kazakhstan sent to OHCHR',
    sources: [{ url: 'https://example.org/position', label: 'Ministry of Justice' }],
  };

  it('accepts each kind with its own fields', () => {
    const position = followupSchema.parse({ ...base, kind: 'state-position', meeting: 'iwg-16' });
    expect(position).toMatchObject({ kind: 'state-position', meeting: { collection: 'meetings', id: 'iwg-16' } });
    const assessment = followupSchema.parse({
      ...base,
      kind: 'committee-assessment',
      grade: 'B1',
      remedyGrades: [{ remedy: 'compensation', grade: 'C' }],
      dialogue: 'ongoing',
    });
    expect(assessment).toMatchObject({ grade: 'B1', remedyGrades: [{ remedy: 'compensation', grade: 'C' }] });
  });

  it('reads a year given as a number and an unquoted YAML date', () => {
    expect(followupSchema.parse({ ...base, kind: 'media-report', date: 2015 }).date).toBe('2015');
    expect(followupSchema.parse({ ...base, kind: 'media-report', date: new Date('2016-08-09') }).date).toBe('2016-08-09');
  });

  it('rejects an unknown kind, listing the kinds', () => {
    expect(issuesOf(followupSchema, { ...base, kind: 'position' })).toEqual([
      {
        field: 'kind',
        message:
          'kind must be one of mechanism-step, state-position, committee-assessment, committee-document, domestic-measure, comment, government-statement, media-report',
      },
    ]);
  });

  it('rejects a grade outside A to E', () => {
    expect(issuesOf(followupSchema, { ...base, kind: 'committee-assessment', grade: 'F' })).toEqual([
      { field: 'grade', message: 'write a grade from A to E, with a sub-grade 1 or 2 where the report gives one, e.g. B1' },
    ]);
  });

  it('rejects a month that does not exist', () => {
    expect(issuesOf(followupSchema, { ...base, kind: 'media-report', date: '2014-13' })).toEqual([
      { field: 'date', message: '2014-13 is not a date of the calendar' },
    ]);
  });

  it('rejects a field that belongs to another kind', () => {
    expect(issuesOf(followupSchema, { ...base, kind: 'media-report', grade: 'A' })).toEqual([
      { field: '(entry)', message: 'Unrecognized key: "grade"' },
    ]);
  });

  it('requires a source', () => {
    expect(issuesOf(followupSchema, { ...base, kind: 'comment', by: 'ngo', sources: [] })).toEqual([
      { field: 'sources', message: 'list at least one source with its https address and a label' },
    ]);
  });
});

describe('meeting schema', () => {
  it('accepts a meeting and rejects a missing number', () => {
    const meeting = {
      date: '2023-05-12',
      decisions: ['ccpr-2521-2015'],
      sources: [{ url: 'https://example.org/m', label: 'MoJ' }],
    };
    expect(meetingSchema.parse({ ...meeting, number: 16 }).decisions).toEqual([
      { collection: 'decisions', id: 'ccpr-2521-2015' },
    ]);
    expect(issuesOf(meetingSchema, meeting)).toEqual([
      { field: 'number', message: 'write the meeting number as a whole number above 0, without quotes, e.g. 16' },
    ]);
  });
});

describe('committee schema', () => {
  it('rejects a code outside the six committees', () => {
    expect(issuesOf(committeeSchema, { code: 'ECHR', name: 'x', treaty: 'y', procedure: 'z' })).toEqual([
      { field: 'code', message: 'write one of CCPR, CAT, CEDAW, CERD, CRPD, CRC' },
    ]);
  });
});
