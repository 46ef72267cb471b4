/**
 * The editors' validator: every mistake in the fixture corpus is reported with
 * its file, line, field and the exact message (pinned in a snapshot), the
 * bundled content and the reader fixture are clean, entries made by `npm run
 * new` are valid, and its cache never hides a mistake.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closest } from '../../scripts/lib/closest.ts';
import { validateContent } from '../../scripts/lib/validate.ts';
import { codeKey } from '../../scripts/lib/code-key.ts';

// Most tests here run the command line, some several times: on a busy machine that takes more than Vitest's 5 s.
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '../..');
const corpus = join(root, 'tests/fixtures/corpus');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('validator on the broken corpus', () => {
  const results = validateContent(corpus);
  const errors = results.filter((result) => result.severity === 'error');

  it('reports each mistake with file, line, column, field and message', () => {
    const lines = errors.map((result) => `${result.file}:${result.line}:${result.column} ${result.field}: ${result.message}`);
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('finds a mistake in every broken file and none in the good ones', () => {
    const broken = new Set(errors.map((result) => result.file));
    expect(broken).not.toContain('src/content/decisions/ccpr-2521-2015.md');
    expect(broken).not.toContain('src/content/committees/ccpr.md');
    expect(broken.size).toBe(30);
  });

  it('prints a total and exits 1 on errors; groups lines under their file', () => {
    const result = run('validate.ts', ['--root', corpus, '--errors-only']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('src/content/decisions/ccpr-7-2020.md\n  5:1     error   outcome: write one of');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^✖ \d+ errors and \d+ warnings in 30 files\. Correct the errors/);
  });

  it('prints GitHub annotations', () => {
    const result = run('validate.ts', ['--root', corpus, '--format', 'github', '--errors-only']);
    expect(result.stdout).toContain(
      '::error file=src/content/decisions/ccpr-2-2020.md,line=5,col=1,title=outcom::unknown field "outcom"%3A did you mean "outcome"?'.replace(
        '%3A',
        ':',
      ),
    );
  });

  it("writes GitHub's run summary: every error, its Markdown shown as written, and the warnings by kind", () => {
    const summaryFolder = mkdtempSync(join(tmpdir(), 'portal-summary-'));
    const summary = join(summaryFolder, 'summary.md');
    // GitHub's file holds the steps before; each step adds to it.
    writeFileSync(summary, 'an earlier step\n');
    const result = spawnSync(process.execPath, [join(root, 'scripts/validate.ts'), '--root', corpus, '--format', 'github'], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    const written = readFileSync(summary, 'utf8');
    rmSync(summaryFolder, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(written.startsWith('an earlier step\n## Content check\n')).toBe(true);
    expect(written).toContain(`✖ ${errors.length} errors and 12 warnings in 31 files.`);
    const rows = written.split('\n').filter((line) => line.startsWith('| src/'));
    expect(rows).toHaveLength(errors.length);
    // A message quoting an entry's HTML and Markdown is shown, not formatted.
    expect(written).toContain(
      '| src/content/decisions/ccpr-17-2020.md | 9:11 | (body) | raw HTML (&lt;b onclick="steal()"&gt;) is not allowed: write plain Markdown, e.g. \\*\\*bold\\*\\* or \\[a link\\](https://...) |',
    );
    expect(written).toContain('| src/content/decisions/Bad\\_Name.md | 1:1 | (file) |');
    expect(written).toMatch(/\n- 8 decisions incomplete, where no source states yet: /);
  });

  it('prints machine-readable JSON', () => {
    const result = run('validate.ts', ['--root', corpus, '--json']);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.errors).toBe(errors.length);
    expect(parsed.results[0]).toEqual(
      expect.objectContaining({ file: expect.any(String), line: expect.any(Number), severity: expect.any(String) }),
    );
  });

  it('never changes a file', () => {
    const file = join(corpus, 'src/content/decisions/ccpr-1-2020.md');
    const before = readFileSync(file, 'utf8');
    validateContent(corpus);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('validator, counting the warnings by kind', () => {
  it('says what is left to do over the whole content, after the list and before the total', () => {
    const small = mkdtempSync(join(tmpdir(), 'portal-warnings-'));
    const content = join(small, 'src/content');
    cpSync(join(corpus, 'src/content/committees'), join(content, 'committees'), { recursive: true });
    // The fixture's decision with every fact a page shows, so that only what a test takes out is missing.
    const good = readFileSync(join(corpus, 'src/content/decisions/ccpr-2521-2015.md'), 'utf8').replace(
      'outcome: violation\n',
      "outcome: violation\ntype: views\nsession: 130\nsubject: Freedom of expression\narticlesInvoked: ['19']\n",
    );
    mkdirSync(join(content, 'decisions'));
    mkdirSync(join(content, 'followups'));
    // Two decisions whose outcome no source states, one of them also marked uncertain,
    // a third that lacks its remedies as well, and a follow-up entry with no text.
    const withoutOutcome = (number: number) =>
      good
        .replace('outcome: violation\n', '')
        .replace('verification:\n  outcomeSource: operative-part\n', '')
        .replaceAll('2521/2015', `${number}/2015`);
    writeFileSync(join(content, 'decisions/ccpr-2521-2015.md'), withoutOutcome(2521));
    writeFileSync(
      join(content, 'decisions/ccpr-2522-2015.md'),
      withoutOutcome(2522).replace('---\nA short', 'verification:\n  uncertain: true\n---\nA short'),
    );
    writeFileSync(
      join(content, 'decisions/ccpr-2523-2015.md'),
      withoutOutcome(2523).replace('remedies:\n  - kind: compensation\n', ''),
    );
    writeFileSync(
      join(content, 'followups/ccpr-2521-2015-2021-state-position.md'),
      '---\ndecisions: [ccpr-2521-2015]\ndate: 2021-05-01\nkind: state-position\ntitle: The State answers\nsources:\n  - url: https://example.org/a\n    label: Note verbale\n---\n',
    );
    const text = run('validate.ts', ['--root', small]);
    const json = run('validate.ts', ['--root', small, '--json']);
    rmSync(small, { recursive: true, force: true });
    expect(text.stderr).toBe('');
    expect(text.stdout.trim().split('\n').slice(-7)).toEqual([
      'Warnings, by kind:',
      '  3 decisions incomplete, where no source states yet: outcome in 3, remedies in 1',
      '  1 decision marked uncertain: confirm its facts against the UN document',
      '  1 entry with no text yet',
      '  6 summaries of decisions still to translate (the file to add is named for each)',
      '',
      '✔ No errors (0 errors and 11 warnings in 4 files).',
    ]);
    const parsed = JSON.parse(json.stdout) as { warningsByKind: unknown; results: { kind?: string }[] };
    expect(parsed.warningsByKind).toEqual({
      incomplete: 3,
      uncertain: 1,
      'no-text': 1,
      untranslated: 6,
      missing: { outcome: 3, remedies: 1 },
    });
    expect(parsed.results.map((result) => result.kind).sort()).toEqual([
      'incomplete',
      'incomplete',
      'incomplete',
      'no-text',
      'uncertain',
      ...Array(6).fill('untranslated'),
    ]);
  });

  it('leaves the count out when only errors are asked for', () => {
    const result = run('validate.ts', ['--root', corpus, '--errors-only']);
    expect(result.stdout).not.toContain('Warnings, by kind');
    expect(run('validate.ts', ['--root', corpus]).stdout).toContain('\nWarnings, by kind:\n  8 decisions incomplete');
  });
});

describe('validator, run by an editor in a git checkout', () => {
  const project = mkdtempSync(join(tmpdir(), 'portal-focus-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', project, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
      encoding: 'utf8',
    });
  const clean = join(root, 'tests/fixtures/decisions/clean');
  const decision = readFileSync(join(clean, 'src/content/decisions/ccpr-2521-2015.md'), 'utf8');
  /** A decision of another number, whose outcome no source states yet: one warning. */
  const incomplete = (number: number) =>
    decision
      .replaceAll('2521/2015', `${number}/2015`)
      .replace('outcome: violation\n', '')
      .replace('  outcomeSource: operative-part\n', '')
      .replace(/^articlesViolated:\n.*\n/m, '');
  cpSync(clean, project, { recursive: true });
  writeFileSync(join(project, 'src/content/decisions/ccpr-2600-2015.md'), incomplete(2600));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'the record as it is');
  git('checkout', '-q', '-b', 'my-decisions');
  writeFileSync(join(project, 'src/content/decisions/ccpr-2601-2015.md'), incomplete(2601));
  git('add', '.');
  git('commit', '-q', '-m', 'a decision committed on the branch');
  writeFileSync(join(project, 'src/content/decisions/ccpr-2602-2015.md'), incomplete(2602));
  const validate = (...args: string[]) => run('validate.ts', ['--root', project, ...args]);
  const listed = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('src/'));

  it("lists the warnings of the files changed on the branch and in the working tree, and counts the others'", () => {
    const result = validate();
    expect(result.status).toBe(0);
    expect(listed(result.stdout)).toEqual(['src/content/decisions/ccpr-2601-2015.md', 'src/content/decisions/ccpr-2602-2015.md']);
    expect(result.stdout).toMatch(
      /\n3 warnings about other entries than the files you changed since main \(\w+\) are not listed: npm run validate -- --all lists them\.\n/,
    );
    expect(result.stdout).not.toContain('Warnings, by kind');
  });

  it('lists the warnings of the files named, and of every file with --all', () => {
    const named = validate(join(project, 'src/content/decisions/ccpr-2600-2015.md'));
    expect(listed(named.stdout)).toEqual(['src/content/decisions/ccpr-2600-2015.md']);
    const all = validate('--all');
    expect(listed(all.stdout)).toHaveLength(3);
    expect(all.stdout).toContain('Warnings, by kind:');
  });

  it('lists an error in any file, changed or not, and fails', () => {
    const other = join(project, 'src/content/decisions/ccpr-2600-2015.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('type: views', 'type: view'));
    git('commit', '-q', '-am', 'someone else broke an entry');
    git('checkout', '-q', 'main');
    git('merge', '-q', 'my-decisions');
    git('checkout', '-q', '-b', 'another');
    const result = validate();
    expect(result.status).toBe(1);
    expect(listed(result.stdout)).toEqual(['src/content/decisions/ccpr-2600-2015.md', 'src/content/decisions/ccpr-2602-2015.md']);
    expect(result.stdout).toContain(
      'error   type: write one of views, inadmissibility, discontinuance (found "view"); did you mean "views"?',
    );
  });
});

describe('validator with a long report', () => {
  it('writes all of it to a pipe, as the build and CI read it', () => {
    const many = mkdtempSync(join(tmpdir(), 'portal-many-'));
    mkdirSync(join(many, 'src/content/decisions'), { recursive: true });
    for (let index = 0; index < 500; index++) {
      writeFileSync(join(many, `src/content/decisions/ccpr-${index}-2020.md`), '---\ncommittee: [unclosed\n---\nA summary.\n');
    }
    const json = run('validate.ts', ['--root', many, '--json']);
    const text = run('validate.ts', ['--root', many]);
    rmSync(many, { recursive: true, force: true });
    expect(json.stdout.length).toBeGreaterThan(100_000);
    expect((JSON.parse(json.stdout) as { results: unknown[] }).results).toHaveLength(500);
    expect(text.stdout.trim().split('\n').at(-1)).toBe(
      '✖ 500 errors and 0 warnings in 500 files. Correct the errors, then run npm run validate again.',
    );
  });
});

describe('validator without content', () => {
  it('says where to run it, rather than failing on the missing folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'portal-no-content-'));
    const result = run('validate.ts', ['--root', empty]);
    rmSync(empty, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("(file): there is no content folder here: run the command from the project's folder");
    expect(result.stderr).toBe('');
  });
});

describe('validator on the bundled content', () => {
  it('finds no error', () => {
    const results = validateContent(root);
    expect(results.filter((result) => result.severity === 'error')).toEqual([]);
    expect(run('validate.ts', []).status).toBe(0);
  });
});

describe('validator on the reader fixture', () => {
  // Real entries, frozen: whether editors have completed theirs by now, these still lack facts.
  it('finds no error, and warns about incomplete entries', () => {
    const results = validateContent(join(root, 'tests/fixtures/site'));
    expect(results.filter((result) => result.severity === 'error')).toEqual([]);
    expect(results.some((result) => result.severity === 'warning' && result.message.startsWith('incomplete'))).toBe(true);
  });
});

describe('npm run new', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-new-'));
  cpSync(join(corpus, 'src/content/committees'), join(scratch, 'src/content/committees'), { recursive: true });
  cpSync(join(corpus, 'src/content/meetings'), join(scratch, 'src/content/meetings'), { recursive: true });
  rmSync(join(scratch, 'src/content/meetings/iwg-1.md'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** `npm run new -- decision` in the scratch project, for one communication, with more flags. */
  const newDecision = (committee: string, number: string, ...more: string[]) =>
    run('new.ts', ['decision', '--root', scratch, '--committee', committee, '--number', number, ...more]);
  const source = ['--source-url', 'https://example.org/decision', '--source-label', 'UN document'];

  it('writes a decision and a follow-up whose only error is the summary still to write, and prints their paths', () => {
    const decision = newDecision(
      'CCPR',
      '2521/2015',
      ...['--author', 'Ermek Narymbaev', '--symbol', 'CCPR/C/130/D/2521/2015', '--adopted', '2020-11-06', ...source],
    );
    expect(decision.stderr).toBe('');
    expect(decision.stdout.trim()).toBe('src/content/decisions/ccpr-2521-2015.md');
    const followup = run('new.ts', [
      'followup',
      '--root',
      scratch,
      ...['--decision', 'ccpr-2521-2015', '--kind', 'state-position', '--date', '2021-05'],
      ...[
        '--title',
        'Position sent to OHCHR',
        '--source-url',
        'https://example.org/position',
        '--source-label',
        'Ministry of Justice',
      ],
    ]);
    expect(followup.stdout.trim()).toBe('src/content/followups/ccpr-2521-2015-2021-05-state-position.md');
    const errors = validateContent(scratch).filter((result) => result.severity === 'error');
    expect(errors.map((error) => `${error.file}:${error.line} ${error.field}: ${error.message.split(':')[0]}`)).toEqual([
      'src/content/decisions/ccpr-2521-2015.md:36 (body): no summary yet',
    ]);
  });

  it('refuses to overwrite an existing entry', () => {
    const again = newDecision('CCPR', '2521/2015', '--author', 'Someone Else', ...source);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('src/content/decisions/ccpr-2521-2015.md already exists');
    expect(readFileSync(join(scratch, 'src/content/decisions/ccpr-2521-2015.md'), 'utf8')).toContain('Ermek Narymbaev');
  });

  it('refuses a committee that has no entry, with the one probably meant', () => {
    const unknown = newDecision('CPPR', '9998/2020', '--author', 'A. Person', ...source);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('No committee CPPR. Did you mean CCPR? The committees are CAT, CCPR.\n');
    expect(existsSync(join(scratch, 'src/content/decisions/cppr-9998-2020.md'))).toBe(false);
  });

  it("checks a follow-up's decision and kind before asking for the rest, with the one probably meant", () => {
    const decision = run('new.ts', ['followup', '--root', scratch, '--decision', 'ccpr-2521-2051']);
    expect(decision.status).toBe(1);
    expect(decision.stderr).toBe(
      'No decision ccpr-2521-2051: src/content/decisions/ccpr-2521-2051.md does not exist. Did you mean ccpr-2521-2015?\n',
    );
    const kind = run('new.ts', ['followup', '--root', scratch, '--decision', 'ccpr-2521-2015', '--kind', 'state-positon']);
    expect(kind.status).toBe(1);
    expect(kind.stderr).toMatch(
      /^No kind state-positon\. Did you mean state-position\? The kinds are mechanism-step, state-position, /,
    );
  });

  it("stops, with nothing written, when the terminal's input ends at a question", () => {
    // As on a terminal where the editor presses Ctrl+D: stdin is taken for a terminal, and ends.
    const stopped = spawnSync(
      process.execPath,
      ['--import', 'data:text/javascript,process.stdin.isTTY=true', join(root, 'scripts/new.ts'), 'followup', '--root', scratch],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(stopped.status).toBe(130);
    expect(stopped.stderr).toBe('\nStopped: nothing was written.\n');
  });

  it('never fills in a source: it asks for the document the editor read', () => {
    const missing = newDecision('CCPR', '2600/2015', '--author', 'A. Person', '--symbol', 'CCPR/C/130/D/2600/2015');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('Give --source-url: Address (https://...) of the document you read, the UN document first\n');
    expect(existsSync(join(scratch, 'src/content/decisions/ccpr-2600-2015.md'))).toBe(false);
  });

  it('reads the dates people type, day first, and writes them as YYYY-MM-DD', () => {
    const written = newDecision(
      'CCPR',
      '2601/2015',
      '--author',
      'A',
      '--adopted',
      '06.11.2020',
      '--submitted',
      '2/9/2014',
      ...source,
    );
    expect(written.stderr).toBe('');
    const text = readFileSync(join(scratch, 'src/content/decisions/ccpr-2601-2015.md'), 'utf8');
    expect(text).toContain('\nadopted: 2020-11-06\n');
    expect(text).toContain('\nsubmitted: 2014-09-02\n');
    const american = newDecision('CCPR', '2602/2015', '--author', 'A', '--adopted', '11/25/2020');
    expect(american.stderr).toBe(
      '--adopted 11/25/2020: 25 is not a month: write the day first, 25.11.2020, or write 2020-11-25\n',
    );
  });

  it('answers a malformed symbol with what to write, not a stack trace', () => {
    const wrong = newDecision('CCPR', '2603/2015', '--author', 'A', '--symbol', 'CCPR/C/111/D2009/2010');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(
      '--symbol CCPR/C/111/D2009/2010: write a UN document symbol as BODY/C/SESSION/D/NUMBER/YEAR, e.g. CCPR/C/130/D/2521/2015 (found "CCPR/C/111/D2009/2010")\n',
    );
  });

  it('on a terminal, keeps the answers given and asks again only for the one that was wrong', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'data:text/javascript,process.stdin.isTTY=true', join(root, 'scripts/new.ts'), 'decision', '--root', scratch],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const answers: [question: RegExp, answer: string][] = [
      [/Committee \(CAT, CCPR\): $/, 'ccpr'],
      [/Communication number\(s\).*: $/, '2604/2015'],
      [/Author\(s\).*: $/, 'A. Person'],
      [/UN document symbol\(s\).*: $/, ''],
      [/Date of adoption.*: $/, '31.02.2020'],
      [/2020-02-31 is not a day of the calendar\. Try again\.\nDate of adoption.*: $/, '6.11.2020'],
      [/Date of submission.*: $/, ''],
      [/Address \(https:\/\/\.\.\.\).*: $/, 'http://example.org/decision'],
      [/a source address must start with https:\/\/ .*Try again\.\nAddress.*: $/, 'https://example.org/decision'],
      [/Short name of that document.*: $/, 'UN document'],
    ];
    let output = '';
    let next = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const [question, answer] = answers[next] ?? [];
      if (question?.test(output)) {
        next += 1;
        child.stdin.write(`${answer}\n`);
      }
    });
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(next, output).toBe(answers.length);
    expect(status).toBe(0);
    const text = readFileSync(join(scratch, 'src/content/decisions/ccpr-2604-2015.md'), 'utf8');
    expect(text).toContain('communications:\n  - 2604/2015\n');
    expect(text).toContain('\nadopted: 2020-11-06\n');
    expect(text).toContain('  - url: https://example.org/decision\n    label: UN document\n');
  });

  it('stops with the missing flag named when not on a terminal', () => {
    const missing = run('new.ts', ['decision', '--root', scratch, '--committee', 'CCPR']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Give --number');
  });
});

describe('did you mean', () => {
  it('suggests a near field name and nothing for a far one', () => {
    expect(closest('outcom', ['outcome', 'authors'])).toBe('outcome');
    expect(closest('sumary', ['summary'])).toBe('summary');
    expect(closest('banana', ['outcome', 'authors'])).toBeUndefined();
  });
});

describe("validator's cache (npm run build, rebuilds)", () => {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-validate-cache-'));
  const project = join(scratch, 'project');
  const cache = join(scratch, 'cache');
  cpSync(corpus, project, { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const lines = (results: ReturnType<typeof validateContent>) =>
    results.map(
      (result) => `${result.file}:${result.line}:${result.column} ${result.severity} ${result.field}: ${result.message}`,
    );

  it('reports what a run without it reports, a file changed since included', () => {
    const fresh = lines(validateContent(project));
    expect(lines(validateContent(project, { cache }))).toEqual(fresh);
    expect(readdirSync(cache)).toEqual(['checks.bin']);
    // Every file is kept now; the second run reuses them all.
    expect(lines(validateContent(project, { cache }))).toEqual(fresh);

    // A good entry broken after it was kept: its new mistake is reported where it is.
    const file = join(project, 'src/content/decisions/ccpr-2521-2015.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^outcome: .*$/m, 'outcome: violaton'));
    const broken = lines(validateContent(project, { cache }));
    expect(broken).toEqual(lines(validateContent(project)));
    expect(broken.filter((line) => line.startsWith('src/content/decisions/ccpr-2521-2015.md:'))).toEqual([
      expect.stringMatching(
        /^src\/content\/decisions\/ccpr-2521-2015\.md:\d+:1 error outcome: write one of .*did you mean "violation"\?$/,
      ),
    ]);
    // The checks across entries see the change too: the decision no longer counts as written, but the
    // follow-up entries on it are not told that it does not exist, which would send their editors astray.
    expect(broken.filter((line) => line.includes('no decision "ccpr-2521-2015" exists'))).toEqual([]);
    expect(
      broken.filter((line) => line.startsWith('src/content/decisions/ccpr-2521-2015.md:') && line.includes('(translation)')),
    ).toEqual([]);

    // Corrected again, the file is clean again.
    writeFileSync(file, good);
    expect(lines(validateContent(project, { cache }))).toEqual(fresh);
  });

  it('checks every file again when its cache cannot be read', () => {
    writeFileSync(join(cache, 'checks.bin'), 'not a cache');
    expect(lines(validateContent(project, { cache }))).toEqual(lines(validateContent(project)));
  });

  it('is left out by a change to the validator, the schemas or the lock file', () => {
    const code = join(scratch, 'code');
    mkdirSync(join(code, 'src/schemas'), { recursive: true });
    mkdirSync(join(code, 'src/content/decisions'), { recursive: true });
    mkdirSync(join(code, 'scripts/lib'), { recursive: true });
    writeFileSync(join(code, 'src/schemas/decision.ts'), 'one');
    writeFileSync(join(code, 'scripts/lib/validate.ts'), 'one');
    writeFileSync(join(code, 'src/content/decisions/x.md'), 'one');
    const key = () => codeKey(code, { version: 1 }, ['scripts/lib', 'package-lock.json']);
    const before = key();
    writeFileSync(join(code, 'src/content/decisions/x.md'), 'two');
    expect(key()).toBe(before);
    writeFileSync(join(code, 'scripts/lib/validate.ts'), 'two');
    const validator = key();
    expect(validator).not.toBe(before);
    writeFileSync(join(code, 'src/schemas/decision.ts'), 'two');
    const schema = key();
    expect(schema).not.toBe(validator);
    writeFileSync(join(code, 'package-lock.json'), '{}');
    expect(key()).not.toBe(schema);
  });
});
