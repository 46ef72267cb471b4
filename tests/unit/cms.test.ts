/**
 * The browser editor (/admin/): its fields are made from the schemas and every
 * schema field has one, labelled in each language; what it saves passes the
 * validator unchanged; an entry it opens and saves again is written back as
 * it was.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/lib/validate.ts';
import { en } from '../../src/i18n/en.ts';
import { backendFromEnvironment, cmsConfig, editorSchemas } from '../../src/lib/cms-config.ts';
import {
  editorEntry,
  editorFields,
  ENTRY_SCHEMAS,
  entryFields,
  entryText,
  readEntryText,
  savedFile,
} from '../../src/lib/cms-entry.ts';
import type { CmsField } from '../../src/lib/cms-fields.ts';
import { cmsWords } from '../../src/lib/cms-words.ts';
import { schemaDocs } from '../../src/lib/schema-docs.ts';
import { OUTCOMES } from '../../src/schemas/decision.ts';
import { FOLLOWUP_KINDS } from '../../src/schemas/followup.ts';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/cms');
const schemaFolder = join(root, 'src/schemas');
const docs = schemaDocs(readdirSync(schemaFolder).map((file) => readFileSync(join(schemaFolder, file), 'utf8')));
const configIn = (language: 'en' | 'kk' | 'ru') =>
  cmsConfig({
    backend: { repo: 'example-org/portal', branch: 'main', authUrl: null },
    language,
    siteUrl: 'https://portal.example.org/',
    docs,
    words: cmsWords(language),
  });
const config = configIn('en');
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name)!;
const fieldAt = (fields: readonly CmsField[], path: string): CmsField | undefined => {
  const [name, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === name);
  return rest.length === 0 ? field : field && fieldAt(field.fields ?? [], rest.join('.'));
};

/** The schema inside defaults, optionals, nullables and conversions. */
function innerOf(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return innerOf(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodArray) return innerOf(schema.element as z.ZodType);
  return schema;
}

/** Every field of an object schema, nested ones as `verification.outcomeSource` or `sources.url`. */
function schemaPaths(schema: z.ZodObject, prefix = ''): string[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
    const inner = innerOf(field);
    return [`${prefix}${name}`, ...(inner instanceof z.ZodObject ? schemaPaths(inner, `${prefix}${name}.`) : [])];
  });
}

function editorPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...editorPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

describe('the editor’s fields', () => {
  const schemas = editorSchemas();
  const kinds = (schemas.followups as z.ZodDiscriminatedUnion).options as z.ZodObject[];
  const cases: [string, z.ZodObject, CmsField[]][] = [
    ['decisions', schemas.decisions as z.ZodObject, collection('decisions').fields],
    ['meetings', schemas.meetings as z.ZodObject, collection('meetings').fields],
    ['committees', schemas.committees as z.ZodObject, collection('committees').fields],
    ['publishers', schemas.publishers as z.ZodObject, collection('publishers').fields],
    ...kinds.map((kind, index): [string, z.ZodObject, CmsField[]] => [
      `followups-${FOLLOWUP_KINDS[index]}`,
      kind,
      collection(`followups-${FOLLOWUP_KINDS[index]}`).fields,
    ]),
    [
      'translations',
      schemas.translations as z.ZodObject,
      config.collections
        .filter((candidate) => candidate.name.startsWith('translations-'))
        .flatMap((candidate) => candidate.fields),
    ],
  ];

  it.each(cases)('give every field of the %s schema a field in the editor', (_name, schema, fields) => {
    const editor = new Set(editorPaths(fields));
    expect(schemaPaths(schema).filter((path) => !editor.has(path))).toEqual([]);
  });

  it('has a collection for each kind of follow-up, over the one folder, each saving its kind', () => {
    for (const kind of FOLLOWUP_KINDS) {
      const followups = collection(`followups-${kind}`);
      expect(followups.folder).toBe('src/content/followups');
      expect(followups.filter).toEqual({ field: 'kind', value: kind });
      expect(fieldAt(followups.fields, 'kind')).toMatchObject({ widget: 'hidden', default: kind });
    }
  });

  it('chooses each widget by the type of the field', () => {
    const fields = collection('decisions').fields;
    expect(fieldAt(fields, 'adopted')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: false,
    });
    expect(fieldAt(fields, 'outcome')).toMatchObject({ widget: 'select', required: false });
    expect(fieldAt(fields, 'outcome')!.options!.map((option) => option.value)).toEqual([...OUTCOMES]);
    expect(fieldAt(fields, 'outcome')!.options![0]!.label).toBe('Violation found');
    expect(fieldAt(fields, 'committee')).toMatchObject({
      widget: 'relation',
      collection: 'committees',
      value_field: 'code',
      required: true,
    });
    expect(fieldAt(fields, 'communications')).toMatchObject({
      widget: 'list',
      required: true,
      label_singular: 'Communication number',
    });
    expect(fieldAt(fields, 'communications')!.field).toMatchObject({
      widget: 'string',
      pattern: ['^[1-9]\\d{0,4}\\/(19|20)\\d{2}$', 'write a communication number as number/year, e.g. 2521/2015'],
    });
    expect(fieldAt(fields, 'session')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(fieldAt(fields, 'publicationRequested')).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Yes', value: 'true' },
        { label: 'No', value: 'false' },
      ],
    });
    expect(fieldAt(fields, 'verification.uncertain')).toMatchObject({ widget: 'boolean', required: false });
    expect(fieldAt(fields, 'verification.outcomeReportedBy')).toMatchObject({
      widget: 'relation',
      collection: 'publishers',
      multiple: true,
    });
    expect(fieldAt(fields, 'sources')).toMatchObject({ widget: 'list', required: true });
    expect(fieldAt(fields, 'sources.url')).toMatchObject({
      widget: 'string',
      required: true,
      pattern: ['^https://\\S+$', expect.any(String)],
    });
    // Inside a group that may stay empty, Decap CMS must not ask for anything.
    expect(fieldAt(fields, 'authorsCyrillic.names')).toMatchObject({ required: false });
    expect(fieldAt(collection('followups-media-report').fields, 'date')).toMatchObject({
      widget: 'string',
      pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2014-06'],
    });
  });

  it('shows the schema’s comment on a field as its hint, empty for null', () => {
    expect(fieldAt(collection('decisions').fields, 'adopted')!.hint).toBe(
      'Day the committee adopted the decision (`YYYY-MM-DD`), or empty.',
    );
    expect(fieldAt(collection('decisions').fields, 'sources.label')!.hint).toMatch(/^Short name of the source in English/);
  });

  it('names a new decision after its committee and first communication number, and a translation after its original', () => {
    expect(collection('decisions').slug).toBe('{{fields.committee | lower}}-{{fields.communications.0}}');
    expect(collection('translations-kk-decisions')).toMatchObject({
      folder: 'src/content/translations/kk/decisions',
      slug: '{{fields.original}}',
    });
  });

  it('saves every entry as a pull request, and offers no media library and no deletion', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', media_library: { name: 'portal-none' } });
    expect(config.collections.filter((candidate) => candidate.delete !== false)).toEqual([]);
    expect(config.backend).toMatchObject({ name: 'github', repo: 'example-org/portal', branch: 'main', open_authoring: true });
  });

  it('has a label for every field and list item in English, Kazakh and Russian, and speaks Russian in Decap’s own interface for both', () => {
    const names = new Set(
      Object.values(schemas)
        .flatMap((schema) => (schema instanceof z.ZodObject ? schemaPaths(schema) : kinds.flatMap((kind) => schemaPaths(kind))))
        .map((path) => path.split('.').at(-1)!),
    );
    expect([...names].filter((name) => !(`cms.field.${name}` in en))).toEqual([]);
    const lists = config.collections
      .flatMap((candidate) => candidate.fields)
      .flatMap(function listsIn(field): string[] {
        return [...(field.widget === 'list' ? [field.name] : []), ...(field.fields ?? []).flatMap(listsIn)];
      });
    expect(lists.filter((name) => !(`cms.item.${name}` in en))).toEqual([]);
    expect(fieldAt(configIn('kk').collections[0]!.fields, 'adopted')!.label).toBe('Шешім қабылданған күн');
    expect(fieldAt(configIn('ru').collections[0]!.fields, 'adopted')!.label).toBe('Решение принято');
    expect([configIn('en').locale, configIn('kk').locale, configIn('ru').locale]).toEqual(['en', 'ru', 'ru']);
  });

  it('reads the repository and the sign-in proxy from the build’s environment', () => {
    expect(backendFromEnvironment({ GITHUB_REPOSITORY: 'org/portal' })).toEqual({
      repo: 'org/portal',
      branch: 'main',
      authUrl: null,
    });
    expect(
      backendFromEnvironment({
        CMS_REPO: 'org/other',
        GITHUB_REPOSITORY: 'org/portal',
        CMS_BRANCH: 'live',
        CMS_AUTH_URL: 'https://auth.example.org',
      }),
    ).toEqual({ repo: 'org/other', branch: 'live', authUrl: 'https://auth.example.org' });
    expect(backendFromEnvironment({}).repo).toBeNull();
  });
});

describe('what the editor saves', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-cms-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A decision as Decap CMS holds it after an editor filled the form: numbers typed, choices as text, fields left alone absent. */
  const filled = {
    committee: 'CCPR',
    communications: ['2600/2016', ''],
    authors: ['Aigul Testova'],
    counsel: '',
    submitted: '2016-01-15',
    adopted: '2020-07-24',
    session: 129,
    type: 'views',
    outcome: 'violation',
    subject: 'Sanction for a picket: a fine # and detention',
    proceduralIssues: [],
    articlesInvoked: ['19', '21', '14(1)'],
    articlesViolated: ['19'],
    remedies: [{ kind: 'compensation' }],
    publicationRequested: 'true',
    sources: [{ url: 'https://example.org/views', label: 'UN document', type: 'decision' }],
    verification: { outcomeSource: 'operative-part' },
  };

  it('writes a decision that passes the validator unchanged, with text that looks like a number or a date quoted', () => {
    const content = join(scratch, 'decision');
    cpSync(fixture, content, { recursive: true });
    const text = entryText(entryFields(filled, ENTRY_SCHEMAS.decisions), 'Aigul Testova was fined.\n');
    const file = join(content, 'src/content/decisions/ccpr-2600-2016.md');
    writeFileSync(file, text);
    const errors = validateContent(content).filter((result) => result.severity === 'error');
    expect(errors.map((error) => `${error.file}:${error.line} ${error.message}`)).toEqual([]);
    expect(text).toContain("articlesInvoked:\n  - '19'\n  - '21'\n  - 14(1)\n");
    expect(text).toContain("adopted: '2020-07-24'\n");
    expect(text).toContain('communications:\n  - 2600/2016\nauthors:');
    expect(text).toContain("subject: 'Sanction for a picket: a fine # and detention'\n");
    expect(text).toContain('counsel: null\n');
    expect(text).toContain('proceduralIssues: []\n');
    expect(text).toContain('publicationRequested: true\n');
    expect(text).not.toMatch(/^(transmitted|symbols|articlesViolated: null)/m);
    expect(text.endsWith('---\nAigul Testova was fined.\n')).toBe(true);
  });

  it('writes null where a field must be there, and keeps a field the schema does not know for the validator to name', () => {
    const fields = entryFields(
      { ...filled, authors: [], subject: undefined, verification: {}, outcom: 'violation' },
      ENTRY_SCHEMAS.decisions,
    );
    expect(fields.authors).toBeNull();
    expect('subject' in fields).toBe(false);
    expect('outcom' in fields).toBe(true);
    expect('verification' in fields).toBe(false);
    const followup = entryFields(
      { kind: 'media-report', title: 'Report', date: '2021', sources: filled.sources },
      ENTRY_SCHEMAS.followups,
    );
    expect(entryText(followup, '')).toContain("date: '2021'\n");
  });

  it('saves an entry it opened, and did not change, exactly as it was', () => {
    const files = readdirSync(join(fixture, 'src/content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const path = relative(join(fixture, 'src/content'), file);
      const schema =
        ENTRY_SCHEMAS[(path.startsWith('translations') ? 'translations' : path.split('/')[0]) as keyof typeof ENTRY_SCHEMAS];
      const text = readFileSync(file, 'utf8');
      expect(savedFile(editorEntry(text, schema), schema), path).toBe(text);
    }
  });

  it('shows a yes/no that may be unknown as a choice, and a list that is null as an empty list', () => {
    const { fields } = readEntryText(readFileSync(join(fixture, 'src/content/decisions/ccpr-2521-2015.md'), 'utf8'));
    const shown = editorFields({ ...fields, remedies: null }, ENTRY_SCHEMAS.decisions);
    expect(shown.publicationRequested).toBe('true');
    expect('remedies' in shown).toBe(false);
    expect(shown.counsel).toBeNull();
  });
});
