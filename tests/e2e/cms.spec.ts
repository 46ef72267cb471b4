/**
 * The browser editor end to end, as an editor without Git uses it: the built
 * /admin/ page, under its own Content-Security-Policy (sent by the test
 * server from `_headers`, as by a host), saving through decap-server, Decap
 * CMS's local backend, into a scratch Git repository made from
 * tests/fixtures/cms. Each save lands on a branch of its own (the local
 * counterpart of a pull request), whose content the validator must pass with
 * no error. Nothing is requested from another host.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startCmsBackend, type CmsBackend } from '../../scripts/lib/cms-backend.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { port } from './sites.ts';
import { validateContent } from '../../scripts/lib/validate.ts';

const root = join(import.meta.dirname, '../..');
/** decap-server's port, and the test server's next to it: beside the other test sites' (tests/e2e/sites.ts), so that two runs with different PORTs do not meet. */
const cmsPort = Number(process.env.CMS_PORT ?? port + 300);

test.describe.configure({ mode: 'serial' });

let repository = '';
let backend: CmsBackend | undefined;
let server: StaticServer | undefined;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, encoding: 'utf8' });

test.beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'portal-cms-repo-'));
  cpSync(join(root, 'tests/fixtures/cms/src'), join(repository, 'src'), { recursive: true });
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.name', 'Portal tests');
  git('config', 'user.email', 'tests@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Fixture content');
  backend = await startCmsBackend({ folder: repository, port: cmsPort, mode: 'git' });
  server = await startStaticServer({ dir: join(root, 'dist'), port: cmsPort + 1, cmsBackend: cmsPort });
});

test.afterAll(() => {
  server?.stop();
  backend?.stop();
  if (repository) rmSync(repository, { recursive: true, force: true });
});

/** What the page asked of other hosts, and what its policy refused. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server!.url) && !/^(data|blob):/.test(url)) problems.push(`requested ${url}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** A field by its label, which Decap CMS follows with "(optional)" in its language where the field may stay empty. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\([^)]+\\))?$`));

/** Picks `option` in the choice or link labelled `label`, typing `typed` to find it. */
async function choose(page: Page, label: string, typed: string, option: RegExp) {
  await field(page, label).click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function openEditor(page: Page, path: string) {
  await page.goto(`${server!.url}/admin/${path}`);
  // The local backend asks for no sign-in; the button only enters.
  await page.getByRole('button', { name: /^(Login|Войти)$/ }).click();
}

/** The files that a save put on the entry's branch. */
const changedOn = (branch: string) => git('diff', '--name-only', 'main', branch).trim().split('\n');

/**
 * The validator's errors over the content of `branch`, taken out of the repository: decap-server
 * works in its folder meanwhile, and git would refuse a second process there.
 */
function errorsOn(branch: string) {
  const copy = mkdtempSync(join(tmpdir(), 'portal-cms-branch-'));
  try {
    execFileSync('tar', ['-x', '-C', copy], { input: execFileSync('git', ['archive', branch], { cwd: repository }) });
    return validateContent(copy)
      .filter((result) => result.severity === 'error')
      .map((result) => `${result.file}:${result.line} ${result.field}: ${result.message}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Starts a new decision with what every one has: committee, number, author, dates and a source. */
async function newDecision(page: Page, facts: { committee: string; number: string; submitted: string; adopted: string }) {
  await openEditor(page, '#/collections/decisions/new');
  await choose(page, 'Committee', facts.committee, new RegExp(`^${facts.committee}`));
  await page.getByRole('button', { name: /Add communication number/ }).click();
  await field(page, 'Communication number').fill(facts.number);
  await page.getByRole('button', { name: /Add author/ }).click();
  await field(page, 'Author').fill('Aigul Testova');
  await field(page, 'Complaint submitted').fill(facts.submitted);
  await field(page, 'Decision adopted').fill(facts.adopted);
  await page.getByRole('button', { name: /Add source/ }).click();
  await field(page, 'Web address')
    .last()
    .fill(`https://example.org/views-${facts.number.replace('/', '-')}`);
  await field(page, 'Short name').last().fill('UN document');
}

test('an editor adds a decision in the form, and the file it saves passes the validator', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  await newDecision(page, { committee: 'CCPR', number: '2600/2016', submitted: '2016-01-15', adopted: '2020-07-24' });
  await field(page, 'Session').fill('129');
  await choose(page, 'Type of decision', 'merits', /merits/);
  await choose(page, 'Outcome', 'Violation', /Violation found/);
  await field(page, 'Subject matter').fill('Fine for a picket: freedom of assembly');
  await page
    .getByRole('button', { name: /Add article/ })
    .last()
    .click();
  await field(page, 'Article').fill('21');
  await choose(page, 'Publication asked for', 'Yes', /^Yes$/);
  await choose(page, 'Where the outcome was read', 'operative', /operative part/);
  await field(page, 'Text').fill('Aigul Testova was fined for a picket.');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 60_000 });

  const branch = 'cms/decisions/ccpr-2600-2016';
  expect(changedOn(branch)).toEqual(['src/content/decisions/ccpr-2600-2016.md']);
  expect(errorsOn(branch)).toEqual([]);
  const file = git('show', `${branch}:src/content/decisions/ccpr-2600-2016.md`);
  expect(file).toContain("adopted: '2020-07-24'\n");
  expect(file).toContain("articlesViolated:\n  - '21'\n");
  expect(file).toContain('publicationRequested: true\n');
  expect(file).toMatch(/---\nAigul Testova was fined for a picket\.\n$/);
  expect(problems).toEqual([]);
});

test('an entry that breaks a rule of its schema is not saved, and the editor is told which field and why', async ({ page }) => {
  test.setTimeout(120_000);
  await newDecision(page, { committee: 'CAT', number: '700/2015', submitted: '2016-01-15', adopted: '2015-07-24' });

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(/Decision adopted: adopted must be on or after submitted: 2015-07-24 is before 2016-01-15/),
  ).toBeVisible({
    timeout: 60_000,
  });
  expect(git('branch', '--list', 'cms/decisions/cat-700-2015').trim()).toBe('');
});

test('an editor changes one field of a decision, and nothing else in its file changes', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  await openEditor(page, '#/collections/decisions/entries/ccpr-2521-2015');
  await field(page, 'Subject matter').fill('Sanction for a picket');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 60_000 });

  const diff = git(
    'diff',
    '--unified=0',
    'main',
    'cms/decisions/ccpr-2521-2015',
    '--',
    'src/content/decisions/ccpr-2521-2015.md',
  );
  expect(diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line))).toEqual(['+subject: Sanction for a picket']);
  expect(problems).toEqual([]);
});

test('an editor adds the Russian text of a decision, saved beside the original under its name', async ({ page }) => {
  test.setTimeout(120_000);
  await openEditor(page, '#/collections/translations-ru-decisions/new');
  await choose(page, 'Translation of', '2521', /ccpr-2521-2015/);
  await field(page, 'Subject matter').fill('Наказание за пикет');
  await field(page, 'Text').fill('Краткое изложение решения.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 60_000 });

  const branch = 'cms/translations-ru-decisions/ccpr-2521-2015';
  expect(changedOn(branch)).toEqual(['src/content/translations/ru/decisions/ccpr-2521-2015.md']);
  expect(git('show', `${branch}:src/content/translations/ru/decisions/ccpr-2521-2015.md`)).toBe(
    '---\nsubject: Наказание за пикет\n---\nКраткое изложение решения.\n',
  );
  expect(errorsOn(branch)).toEqual([]);
});

test('only /admin/ loads the editor, under a policy of its own; the public pages keep the strict one', async ({ request }) => {
  const admin = await request.get(`${server!.url}/admin/`);
  const policy = admin.headers()['content-security-policy'];
  expect(policy).toContain("connect-src 'self' https://api.github.com;");
  expect(policy).toContain("'unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  // Signing in with GitHub opens a window that must be able to answer the page.
  expect(admin.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  const home = await request.get(`${server!.url}/en/`);
  expect(home.headers()['content-security-policy']).not.toMatch(/'unsafe-eval'|api\.github\.com/);

  const editorScript = /<script type="module" src="([^"]+)"/.exec(await admin.text())![1]!;
  const dist = join(root, 'dist');
  const loading = (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin'))
    .filter(
      (file) =>
        /decap-cms|admin\//.test(readFileSync(join(dist, file), 'utf8')) ||
        readFileSync(join(dist, file), 'utf8').includes(editorScript),
    );
  expect(loading).toEqual([]);
});

for (const [language, label] of [
  ['kk', 'Шешім қабылданған күн'],
  ['ru', 'Решение принято'],
]) {
  test(`the editor at /admin/${language}/ labels its fields in its language`, async ({ page }) => {
    test.setTimeout(120_000);
    await openEditor(page, `${language}/#/collections/decisions/new`);
    await expect(field(page, label!)).toBeVisible();
  });
}
