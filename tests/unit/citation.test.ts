import { describe, expect, it } from 'vitest';
import { bibtex, citationLabels, cslJson, ris, unCitation } from '../../src/lib/citation.ts';
import { decision } from './fixtures.ts';

const narymbaev = decision('ccpr-2521-2015', {
  committee: 'CCPR',
  communications: ['2521/2015'],
  symbols: ['CCPR/C/130/D/2521/2015'],
  authors: ['Ermek Narymbaev'],
  adopted: '2020-11-06',
  type: 'views',
});
const input = {
  id: narymbaev.id,
  decision: narymbaev.data,
  title: 'Ermek Narymbaev v. Kazakhstan',
  committeeName: 'Human Rights Committee',
  url: 'https://tbinternet.ohchr.org/doc?symbolno=CCPR%2FC%2F130%2FD%2F2521%2F2015',
  finding: null,
};

describe('citations', () => {
  it('writes the UN form', () => {
    expect(unCitation(input, citationLabels('en'))).toBe(
      'Ermek Narymbaev v. Kazakhstan, Human Rights Committee, communication No. 2521/2015, Views adopted on 6 November 2020, CCPR/C/130/D/2521/2015.',
    );
  });

  it('calls a decision of the Committee against Torture on the merits a decision, not Views', () => {
    const cat = decision('cat-433-2010', {
      committee: 'CAT',
      communications: ['433/2010'],
      adopted: '2012-05-24',
      type: 'views',
    });
    expect(unCitation({ ...input, decision: cat.data }, citationLabels('en'))).toContain('decision adopted on 24 May 2012');
    expect(unCitation({ ...input, decision: cat.data }, citationLabels('ru'))).not.toContain('соображения');
  });

  it('names joined communications and leaves out what is not known', () => {
    const joined = decision('ccpr-2538-2015', { committee: 'CCPR', communications: ['2538/2015', '2539/2015'], adopted: null });
    expect(unCitation({ ...input, decision: joined.data }, citationLabels('en'))).toBe(
      'Ermek Narymbaev v. Kazakhstan, Human Rights Committee, communications Nos. 2538/2015, 2539/2015.',
    );
  });

  it('writes BibTeX with braces around the corporate author and escaped special characters', () => {
    const text = bibtex({ ...input, title: 'A & B v. Kazakhstan' });
    expect(text).toContain('@misc{ccpr-2521-2015,');
    expect(text).toContain('author = {{Human Rights Committee}}');
    expect(text).toContain('title = {A \\& B v. Kazakhstan}');
    expect(text).toContain('number = {CCPR/C/130/D/2521/2015}');
    expect(text.trim().endsWith('}')).toBe(true);
  });

  it('writes RIS as a legal case by the committee, ending with ER', () => {
    const lines = ris(input).trim().split('\r\n');
    expect(lines[0]).toBe('TY  - CASE');
    expect(lines).toContain('PB  - Human Rights Committee');
    expect(lines).toContain('DA  - 2020/11/06');
    expect(lines.at(-1)).toBe('ER  -');
  });

  it('says in the note that the adoption date is not recorded, rather than leave the year silently empty', () => {
    const undated = decision('ccpr-3051-2017', { committee: 'CCPR', communications: ['3051/2017'], adopted: null });
    const lines = ris({ ...input, decision: undated.data }).split('\r\n');
    expect(lines.some((line) => line.startsWith('PY'))).toBe(false);
    expect(lines).toContain('N1  - communication No. 3051/2017; date of adoption not recorded');
  });

  it('notes the outcome with where it comes from in every format that has a note, and no outcome where none is recorded', () => {
    const reported = { ...input, finding: 'Violation found (as reported by CCPR Centre)' };
    const note = 'communication No. 2521/2015; outcome: Violation found (as reported by CCPR Centre)';
    expect(bibtex(reported)).toContain(`note = {${note}}`);
    expect(ris(reported).split('\r\n')).toContain(`N1  - ${note}`);
    expect(cslJson(reported)[0]!.note).toBe(note);
    expect(cslJson(input)[0]!.note).toBe('communication No. 2521/2015');
  });

  it('writes CSL-JSON with the date as date parts', () => {
    expect(cslJson(input)[0]).toMatchObject({
      type: 'legal_case',
      issued: { 'date-parts': [[2020, 11, 6]] },
      number: 'CCPR/C/130/D/2521/2015',
    });
  });
});
