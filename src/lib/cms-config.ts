/**
 * The configuration of the browser editor at /admin/ (Decap CMS): one
 * collection per kind of entry, each with the fields of its schema
 * (src/lib/cms-fields.ts), its folder and the file name rule that
 * CONTRIBUTING.md gives editors. Saving opens a pull request (Decap's
 * editorial workflow on its GitHub backend, with open authoring for people
 * who may not write to the repository); nothing is published until a
 * maintainer merges it.
 *
 * A follow-up's fields depend on its kind, so each kind is a collection of its
 * own over the same folder. A translation's file is named after its original,
 * which the editor chooses in the field "Translation of" (`original`); that
 * field names the file and is not written into it (src/scripts/cms.ts).
 */
import type { z } from 'astro/zod';
import { makeCommitteeSchema } from '../schemas/committee.ts';
import { LANGUAGES, type Language } from '../schemas/common.ts';
import { makeDecisionSchema } from '../schemas/decision.ts';
import { FOLLOWUP_KINDS, makeFollowupSchema, type FollowupKind } from '../schemas/followup.ts';
import { makeMeetingSchema } from '../schemas/meeting.ts';
import { publisherSchema } from '../schemas/publisher.ts';
import { TRANSLATABLE_FIELDS, TRANSLATED_COLLECTIONS, translationSchema } from '../schemas/translation.ts';
import { formatName, ORIGINAL_FIELD, type EntrySchemaName } from './cms-entry.ts';
import { cmsField, cmsReference, objectFields, type CmsField, type FieldWords } from './cms-fields.ts';
import type { ObjectDocs } from './schema-docs.ts';

/** The content folder, as the repository holds it. */
export const CONTENT_FOLDER = 'src/content';

export type CmsCollection = {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  format: string;
  extension: 'md';
  filter?: { field: string; value: string };
  editor: { preview: boolean };
  delete: boolean;
  fields: CmsField[];
};

/** Where the editor saves: a GitHub repository, through an OAuth proxy where the host is not Netlify. */
export type CmsBackend = {
  /** `owner/name`, e.g. `example-org/kz-treaty-body-portal`; null where the build was not told. */
  repo: string | null;
  branch: string;
  /** The address of the OAuth proxy (Decap's `base_url`), e.g. `https://cms-auth.example.org`; null for Netlify's. */
  authUrl: string | null;
};

/** The words of the editor in one language. */
export type CmsWords = FieldWords & {
  collection: (name: string) => string;
  followupKind: (kind: FollowupKind) => string;
  language: (language: Language) => string;
  translations: (language: Language, collection: string) => string;
  body: string;
  /** The hint under the body of an entry of `collection` (`decisions`, `translations`...). */
  bodyHint: (collection: string, language?: Language) => string;
  original: string;
  originalHint: string;
};

/**
 * What the editor's page allows beyond the portal's strict policy (astro.config.ts), all that
 * Decap CMS needs: `'unsafe-eval'` (it compiles its configuration's checks with ajv), inline
 * styles (its components are styled by emotion), GitHub's API, where it reads and saves, and
 * GitHub's avatars, where it shows who signed in. Signing in opens the OAuth proxy in a window
 * of its own, which the policy does not govern.
 */
export const EDITOR_POLICY = {
  directives: ["connect-src 'self' https://api.github.com", "img-src 'self' data: https://avatars.githubusercontent.com"],
  scriptResources: ["'unsafe-eval'"],
  styleResources: ["'unsafe-inline'"],
} as const;

/** The editor's language: the labels of its fields, and Decap's own interface (Decap has no Kazakh: Russian there). */
export const DECAP_LOCALES: Record<Language, string> = { en: 'en', ru: 'ru', kk: 'ru' };

/** The schemas of the entries, built so that each reference names the collection it points to. */
export function editorSchemas(): Record<EntrySchemaName, z.ZodType> {
  return {
    decisions: makeDecisionSchema(cmsReference),
    followups: makeFollowupSchema(cmsReference),
    meetings: makeMeetingSchema(cmsReference),
    committees: makeCommitteeSchema(cmsReference),
    publishers: publisherSchema,
    translations: translationSchema,
  };
}

/**
 * The body (the summary) as plain text, saved as typed: Decap's Markdown editor would write an
 * existing text back in its own Markdown, and offers images and code blocks the pages do not show.
 */
function bodyField(words: CmsWords, hint: string): CmsField {
  return { name: 'body', label: words.body, widget: 'text', required: false, hint };
}

/** Every collection of the editor, its fields labelled in `words`. */
export function cmsCollections(docs: readonly ObjectDocs[], words: CmsWords): CmsCollection[] {
  const schemas = editorSchemas();
  const context = { docs, words };
  const folder = (name: string) => `${CONTENT_FOLDER}/${name}`;
  // No preview pane: the fields are the entry; the site shows it after the pull request is merged.
  // No deletion: Decap deletes a published entry on the branch itself, not through a pull
  // request, and a published address must not disappear.
  const common = { extension: 'md' as const, create: true, delete: false, editor: { preview: false } };

  /** A collection of one folder and one schema, whose files are named by `rule`. */
  const entries = (
    name: 'decisions' | 'meetings' | 'committees' | 'publishers',
    singular: string,
    rule: Pick<CmsCollection, 'slug' | 'identifier_field' | 'summary'> & { create?: boolean },
  ): CmsCollection => ({
    ...common,
    ...rule,
    name,
    label: words.collection(name),
    label_singular: words.collection(singular),
    folder: folder(name),
    format: formatName(name),
    fields: [...objectFields(schemas[name] as z.ZodObject, context), bodyField(words, words.bodyHint(name))],
  });

  const decisions = entries('decisions', 'decision', {
    // The committee and the first communication number: ccpr-2521-2015.md.
    slug: '{{fields.committee | lower}}-{{fields.communications.0}}',
    identifier_field: 'committee',
    summary: '{{filename}} — {{fields.authors.0}}',
  });
  const meetings = entries('meetings', 'meeting', {
    slug: 'iwg-{{fields.number}}',
    identifier_field: 'number',
    summary: '{{filename}} ({{date}})',
  });
  // The six committees are all there; their codes are a fixed list.
  const committees = entries('committees', 'committee', {
    slug: '{{fields.code | lower}}',
    identifier_field: 'code',
    summary: '{{code}} — {{name}}',
    create: false,
  });
  const publishers = entries('publishers', 'publisher', {
    slug: '{{fields.name}}',
    identifier_field: 'name',
    summary: '{{name}}',
  });

  const followups = (schemas.followups as z.ZodDiscriminatedUnion).options.map((option): CmsCollection => {
    const kind = FOLLOWUP_KINDS.find((name) => (option as z.ZodObject).shape.kind.safeParse(name).success)!;
    return {
      ...common,
      name: `followups-${kind}`,
      label: `${words.collection('followups')}: ${words.followupKind(kind)}`,
      label_singular: words.followupKind(kind),
      folder: folder('followups'),
      filter: { field: 'kind', value: kind },
      // <decision>-<date>-<kind>.md, or general-… and …-undated-… where there is none.
      slug: "{{fields.decisions.0 | default('general')}}-{{fields.date | default('undated')}}-{{fields.kind}}",
      identifier_field: 'title',
      summary: '{{title}} ({{date}})',
      format: formatName('followups'),
      fields: [...objectFields(option as z.ZodObject, context), bodyField(words, words.bodyHint('followups'))],
    };
  });

  const translationShape = (schemas.translations as z.ZodObject).shape as Record<string, z.ZodType>;
  const translationDocs = objectFields(schemas.translations as z.ZodObject, context);
  const translations = LANGUAGES.flatMap((language) =>
    TRANSLATED_COLLECTIONS.map((collection): CmsCollection => {
      const original: CmsField = {
        ...cmsField(ORIGINAL_FIELD, cmsReference(collection), words.originalHint, context),
        label: words.original,
        // Only a new translation needs it: an existing one keeps its file.
        required: false,
      };
      return {
        ...common,
        name: `translations-${language}-${collection}`,
        label: words.translations(language, collection),
        label_singular: words.translations(language, collection),
        folder: folder(`translations/${language}/${collection}`),
        slug: `{{fields.${ORIGINAL_FIELD}}}`,
        identifier_field: ORIGINAL_FIELD,
        summary: '{{filename}}',
        format: formatName('translations'),
        fields: [
          original,
          ...TRANSLATABLE_FIELDS[collection].map(
            (name) =>
              translationDocs.find((field) => field.name === name) ?? cmsField(name, translationShape[name]!, undefined, context),
          ),
          bodyField(words, words.bodyHint('translations', language)),
        ],
      };
    }),
  );

  return [decisions, ...followups, meetings, committees, publishers, ...translations];
}

/** Decap CMS's configuration, less the local backend, which the page adds where it is served from this computer. */
export function cmsConfig(options: {
  backend: CmsBackend;
  language: Language;
  siteUrl: string;
  docs: readonly ObjectDocs[];
  words: CmsWords;
}) {
  const { backend, language, siteUrl, docs, words } = options;
  return {
    load_config_file: false,
    locale: DECAP_LOCALES[language],
    backend: {
      name: 'github',
      ...(backend.repo && { repo: backend.repo }),
      branch: backend.branch,
      ...(backend.authUrl && { base_url: backend.authUrl }),
      // Editors who may not push to the repository save to a fork, and their pull request comes from there.
      open_authoring: true,
      auth_scope: 'public_repo',
      squash_merges: true,
    },
    // Every save is a pull request; merging it publishes.
    publish_mode: 'editorial_workflow',
    // Entries hold no images: no media library (src/scripts/cms.ts registers one that offers nothing).
    media_library: { name: 'portal-none' },
    site_url: siteUrl,
    display_url: siteUrl,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections(docs, words),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;

/**
 * Where the editor saves, from the build's environment: `CMS_REPO` (`owner/name`; in GitHub
 * Actions, the repository that builds, `GITHUB_REPOSITORY`), `CMS_BRANCH` (default `main`) and
 * `CMS_AUTH_URL`, the OAuth proxy that lets editors sign in with GitHub (CONTRIBUTING.md).
 */
export function backendFromEnvironment(env: Record<string, string | undefined>): CmsBackend {
  return {
    repo: env.CMS_REPO || env.GITHUB_REPOSITORY || null,
    branch: env.CMS_BRANCH || 'main',
    authUrl: env.CMS_AUTH_URL || null,
  };
}
