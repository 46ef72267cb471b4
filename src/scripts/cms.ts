/**
 * The script of the browser editor (/admin/ only): loads Decap CMS from the
 * site itself, teaches it to read and write entries as the portal does
 * (src/lib/cms-entry.ts), checks each entry against its schema before it is
 * saved, and starts it with the configuration the page carries
 * (src/lib/cms-config.ts).
 */
import type { z } from 'astro/zod';
import {
  editorEntry,
  ENTRY_SCHEMAS,
  formatName,
  ORIGINAL_FIELD,
  savedFields,
  savedFile,
  type EntrySchemaName,
} from '../lib/cms-entry.ts';
import type { CmsConfig } from '../lib/cms-config.ts';
import type { CmsField } from '../lib/cms-fields.ts';

/** What the page gives the script (src/pages/admin/[...lang].astro). */
export type CmsSettings = {
  config: CmsConfig;
  /** Decap CMS's script, served by the site. */
  decapScript: string;
  /** Where, on this computer, `npm run cms` answers for the local backend (decap-server). */
  localBackend: string;
  /** The message when a new translation does not say what it translates. */
  originalMissing: string;
  /** The start of the message when an entry does not pass its schema. */
  notSaved: string;
};

/** The immutable.js values Decap CMS hands to event handlers, as far as they are used here. */
type ImmutableMap = { get(key: string): unknown; toJS(): Record<string, unknown> };

/** The part of Decap CMS's global `CMS` this script uses (https://decapcms.org/docs/customization/). */
type Decap = {
  init(options: { config: unknown }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {
      fromFile(text: string): Record<string, unknown>;
      toFile(data: Record<string, unknown>): string;
    },
  ): void;
  registerMediaLibrary(library: { name: string; init: () => Promise<unknown> }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
};

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.body.append(script);
  });
}

/** The label of the field at `path` in the collection's fields, e.g. "Verification › Where the outcome was read". */
function labelAt(fields: readonly CmsField[], path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  let current: readonly CmsField[] | undefined = fields;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const field: CmsField | undefined = current?.find((candidate) => candidate.name === key);
    if (!field) break;
    labels.push(field.label);
    current = field.fields;
  }
  return labels.join(' › ') || String(path[0] ?? '');
}

function problems(error: z.ZodError, fields: readonly CmsField[]): string {
  return error.issues.map((issue) => `${labelAt(fields, issue.path)}: ${issue.message}`).join('\n');
}

async function start(settings: CmsSettings): Promise<void> {
  window.CMS_MANUAL_INIT = true;
  await loadScript(settings.decapScript);
  const cms = window.CMS!;

  // Entries hold no images: the editor offers no media library.
  cms.registerMediaLibrary({ name: 'portal-none', init: async () => ({ show() {}, hide() {}, enableStandalone: () => false }) });

  for (const [name, schema] of Object.entries(ENTRY_SCHEMAS) as [EntrySchemaName, z.ZodType][]) {
    cms.registerCustomFormat(formatName(name), 'md', {
      fromFile: (text) => editorEntry(text, schema),
      toFile: (data) => savedFile(data, schema),
    });
  }

  const collections = new Map(settings.config.collections.map((collection) => [collection.name, collection]));
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = collections.get(String(entry.get('collection')));
      if (!collection) return undefined;
      const data = (entry.get('data') as ImmutableMap).toJS();
      if (collection.identifier_field === ORIGINAL_FIELD && entry.get('newRecord') && !data[ORIGINAL_FIELD]) {
        throw new Error(settings.originalMissing);
      }
      const schemaName = collection.format.replace(/^portal-/, '') as EntrySchemaName;
      const schema = ENTRY_SCHEMAS[schemaName] as z.ZodType;
      const checked = schema.safeParse(savedFields(data, schema));
      if (!checked.success) throw new Error(`${settings.notSaved}\n${problems(checked.error, collection.fields)}`);
      return undefined;
    },
  });

  cms.init({
    config: {
      ...settings.config,
      // Only where the editor is opened on this computer (Decap's own rule), from the site's own address.
      local_backend: { url: new URL(settings.localBackend, location.href).href },
    },
  });
}

const settings = document.body.dataset.cmsSettings;
if (settings) void start(JSON.parse(settings) as CmsSettings);
