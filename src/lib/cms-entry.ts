/**
 * How the browser editor (/admin/) reads and writes an entry file, so that
 * what it saves is an entry as an editor would write it by hand and passes
 * `npm run validate` unchanged:
 *
 * - a field never filled is left out where the schema has a default (null,
 *   "not recorded", for most facts), and written `null` where the field must
 *   be there; a field emptied is `null` where the schema accepts it; an empty
 *   list stays `[]` ("none") where the schema accepts one, and an empty row
 *   of a list is dropped; a field the schema does not know is kept, for the
 *   validator to name;
 * - a yes/no choice that may be unknown is written `true`, `false` or `null`;
 * - the fields are written in the schema's order with js-yaml, quoting every
 *   value YAML could read as something other than text (`'19'`, `'2020-11-06'`);
 * - the body (the summary) follows the closing `---` as it was typed.
 *
 * It runs in the browser (src/scripts/cms.ts) and in the unit tests.
 */
import { DEFAULT_SCHEMA, dump } from 'js-yaml';
import { z } from 'astro/zod';
import { parseEntry } from './entry-file.ts';
import { committeeSchema } from '../schemas/committee.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { followupSchema } from '../schemas/followup.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { publisherSchema } from '../schemas/publisher.ts';
import { translationSchema } from '../schemas/translation.ts';

/** The schemas of the entries the editor writes, with references as plain ids, as the validator reads them. */
export const ENTRY_SCHEMAS = {
  decisions: decisionSchema,
  followups: followupSchema,
  meetings: meetingSchema,
  committees: committeeSchema,
  publishers: publisherSchema,
  translations: translationSchema,
} satisfies Record<string, z.ZodType>;
export type EntrySchemaName = keyof typeof ENTRY_SCHEMAS;

/** The format of a collection's files (`portal-decisions`), which names the schema they follow. */
export const formatName = (schema: EntrySchemaName) => `portal-${schema}`;

/** The field of a new translation that names its original; it names the file and is never written into it. */
export const ORIGINAL_FIELD = 'original';

/** Kept with an entry while it is edited, and never written: the order of its fields in the file, which saving keeps. */
export const FIELD_ORDER = '_fieldOrder';

/** A field the file leaves out. */
const OMIT = Symbol('omit');
type Written = unknown | typeof OMIT;

/** The schema inside the defaults, optionals and nullables, and whether the value may be null or left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean; omittable: boolean } {
  let inner = schema;
  let nullable = false;
  let omittable = false;
  for (;;) {
    if (inner instanceof z.ZodNullable) nullable = true;
    else if (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) omittable = true;
    else return { inner, nullable, omittable };
    inner = (inner as z.ZodNullable | z.ZodDefault | z.ZodOptional).unwrap() as z.ZodType;
  }
}

/** The schema that describes the value: for a follow-up, the kind the entry names. */
function variantOf(schema: z.ZodType, value: unknown): z.ZodType {
  if (!(schema instanceof z.ZodDiscriminatedUnion) || typeof value !== 'object' || value === null) return schema;
  const key = schema.def.discriminator;
  const match = (schema.options as z.ZodObject[]).find((option) => {
    const tag = option.shape[key];
    return tag instanceof z.ZodLiteral && tag.values.has((value as Record<string, unknown>)[key] as never);
  });
  return match ?? schema;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value as the file holds it. A field the editor never filled (undefined, or a group left
 * empty) is left out where the schema has a default, and written `null` where it must be
 * there; a field emptied, or `null` in the file, is `null` where the schema accepts it. An
 * empty list stays `[]` where the schema accepts one ("none", as against `null`, "not known").
 */
function writtenValue(value: unknown, schema: z.ZodType): Written {
  const { inner, nullable, omittable } = unwrap(schema);
  const shape = variantOf(inner, value);
  const missing = () => (omittable ? OMIT : nullable ? null : OMIT);
  const emptied = (kept: unknown) => (nullable ? null : omittable ? OMIT : kept);

  if (value === undefined) return missing();
  if (value === null) return nullable ? null : missing();
  if (typeof value === 'string' && value.trim() === '') return emptied(value);
  if (shape instanceof z.ZodObject && isObject(value)) {
    const object = writtenObject(value, shape);
    return Object.values(object).every((field) => field === null) ? missing() : object;
  }
  if (shape instanceof z.ZodArray && Array.isArray(value)) {
    const items = value
      .map((item) => writtenValue(item, shape.element as z.ZodType))
      .filter((item) => item !== OMIT && item !== null && !(typeof item === 'string' && item.trim() === ''));
    if (items.length > 0 || shape.safeParse([]).success) return items;
    return emptied(items);
  }
  if (shape instanceof z.ZodBoolean && (value === 'true' || value === 'false')) return value === 'true';
  if (shape instanceof z.ZodNumber && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return value;
}

function writtenObject(value: Record<string, unknown>, schema: z.ZodObject): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const written = writtenValue(value[key], field as z.ZodType);
    if (written !== OMIT) result[key] = written;
  }
  // A field the schema does not know is kept as written, for the validator to name.
  for (const [key, field] of Object.entries(value)) if (!(key in schema.shape) && field !== undefined) result[key] = field;
  return result;
}

/** The fields as they are written to the file: see the top of this module. */
export function entryFields(data: Record<string, unknown>, schema: z.ZodType): Record<string, unknown> {
  const shape = variantOf(schema, data);
  if (!(shape instanceof z.ZodObject)) throw new Error('An entry schema must be an object or a union of objects');
  return writtenObject(data, shape);
}

function editorValue(value: unknown, schema: z.ZodType): unknown {
  const { inner, nullable } = unwrap(schema);
  const shape = variantOf(inner, value);
  // Decap CMS's lists and groups hold no null: an empty one is written back as the file had it.
  if (value === null) return shape instanceof z.ZodObject || shape instanceof z.ZodArray ? undefined : null;
  if (shape instanceof z.ZodObject && isObject(value)) return editorFieldsOf(value, shape);
  if (shape instanceof z.ZodArray && Array.isArray(value))
    return value.map((item) => editorValue(item, shape.element as z.ZodType));
  if (shape instanceof z.ZodBoolean && nullable && typeof value === 'boolean') return String(value);
  return value;
}

function editorFieldsOf(value: Record<string, unknown>, schema: z.ZodObject): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const shown = key in schema.shape ? editorValue(field, schema.shape[key] as z.ZodType) : field;
    if (shown !== undefined) result[key] = shown;
  }
  return result;
}

/**
 * The fields of an entry as the editor shows them: a list or group that is `null` is an empty
 * one, and a yes/no that may be unknown is a choice of `true` and `false`. `entryFields` turns
 * them back.
 */
export function editorFields(data: Record<string, unknown>, schema: z.ZodType): Record<string, unknown> {
  const shape = variantOf(schema, data);
  return shape instanceof z.ZodObject ? editorFieldsOf(data, shape) : data;
}

/** The file for an entry: its fields between `---` lines, then its body. */
export function entryText(fields: Record<string, unknown>, body: string): string {
  // js-yaml's default schema reads dates and numbers, so writing with it quotes every text
  // that looks like one; the build, which reads less as non-text, reads the same values.
  const yaml = Object.keys(fields).length === 0 ? '' : dump(fields, { schema: DEFAULT_SCHEMA, noRefs: true });
  const text = `---\n${yaml}---\n${body}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * An entry file's fields and body, as the editor shows them, read by `parseEntry` as the
 * build and the validator read them (dates stay text). Fields that cannot be read are shown
 * empty; the validator names what is wrong with them.
 */
export function readEntryText(text: string): { fields: Record<string, unknown>; body: string } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { fields: {}, body: text };
  const { data, body } = parseEntry(text);
  return { fields: data ?? {}, body };
}

/** An entry file as Decap CMS holds it while it is edited: its fields, its `body`, and the order of its fields. */
export function editorEntry(text: string, schema: z.ZodType): Record<string, unknown> {
  const { fields, body } = readEntryText(text);
  return { ...editorFields(fields, schema), body, [FIELD_ORDER]: Object.keys(fields) };
}

/**
 * The fields an entry held by Decap CMS is saved with: in the order the file had them, a follow-up's
 * kind first, then the schema's order.
 */
export function savedFields(data: Record<string, unknown>, schema: z.ZodType): Record<string, unknown> {
  const { body: _body, [ORIGINAL_FIELD]: _original, [FIELD_ORDER]: order, ...fields } = data;
  const written = entryFields(fields, schema);
  const first = [
    ...(schema instanceof z.ZodDiscriminatedUnion ? [schema.def.discriminator as string] : []),
    ...(Array.isArray(order) ? order.map(String) : []),
  ].filter((key) => key in written);
  return Object.fromEntries([...new Set([...first, ...Object.keys(written)])].map((key) => [key, written[key]]));
}

/** The file Decap CMS saves for an entry it holds. */
export function savedFile(data: Record<string, unknown>, schema: z.ZodType): string {
  return entryText(savedFields(data, schema), typeof data.body === 'string' ? data.body : '');
}
