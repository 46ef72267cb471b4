/**
 * The fields of the browser editor (Decap CMS, /admin/), made from the zod
 * schemas in `src/schemas/`, so that the schemas stay the one definition of a
 * valid entry. Each schema field becomes one editor field, by its type:
 *
 * | schema                                   | editor widget                                   |
 * | ---------------------------------------- | ----------------------------------------------- |
 * | text                                     | `string` (`text` for notes and subjects)        |
 * | text with a pattern (numbers, symbols)   | `string`, checked against the same pattern      |
 * | a day, `YYYY-MM-DD` (`isoDay`)           | `datetime`, date only, saved as `YYYY-MM-DD`     |
 * | one of several values (`z.enum`)         | `select`                                        |
 * | a link to another entry (`reference()`)  | `relation` to that collection                   |
 * | a whole number                           | `number` (`int`)                                |
 * | yes or no (`z.boolean`)                  | `boolean`; a `select` of yes and no if unknown  |
 * | a list                                   | `list` (of `string`s, or of objects), or a      |
 * |                                          | multiple `select` / `relation`                  |
 * | a group of fields (`z.object`)           | `object`                                        |
 *
 * A field that may be null, has a default or is optional is not required in
 * the editor; what an empty field is saved as is src/lib/cms-entry.ts's
 * business. The hint under a field is its `/** *\/` comment in the schema
 * (src/lib/schema-docs.ts). A schema type with no widget here stops the build.
 */
import { z } from 'astro/zod';
import { isoDay, type ReferenceFactory } from '../schemas/common.ts';
import { docsOfObject, type ObjectDocs } from './schema-docs.ts';

/** One field of Decap CMS's configuration (https://decapcms.org/docs/widgets/). */
export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  label_singular?: string;
  field?: CmsField;
  fields?: CmsField[];
  collapsed?: boolean;
  value_type?: 'int';
  min?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
};

/** The collection each reference built by `cmsReference` points to. */
const referenceTargets = new WeakMap<z.ZodType, string>();

/** Builds the schemas for the editor: a reference is text, remembered with the collection it points to. */
export const cmsReference: ReferenceFactory = <C extends string>(collection: C) => {
  const id = z.string();
  referenceTargets.set(id, collection);
  return id.transform((value) => ({ collection, id: value }));
};

/** How the editor finds and names an entry of each collection a reference may point to. */
const RELATIONS: Record<string, Pick<CmsField, 'value_field' | 'search_fields' | 'display_fields'>> = {
  committees: { value_field: 'code', search_fields: ['code', 'name'], display_fields: ['code', 'name'] },
  decisions: {
    value_field: '{{slug}}',
    search_fields: ['communications.*', 'authors.*', 'symbols.*'],
    display_fields: ['{{slug}}', 'authors.*'],
  },
  meetings: { value_field: '{{slug}}', search_fields: ['number', 'date'], display_fields: ['{{slug}}', 'date'] },
  publishers: { value_field: '{{slug}}', search_fields: ['name', 'hosts.*'], display_fields: ['name'] },
};

/** Fields of several sentences, given a text box rather than a line. */
const LONG_TEXT = new Set(['subject', 'outcome', 'note', 'outcomeBasis', 'checkedAgainst', 'openQuestions']);

/** What the editor is given to label fields and values, in its language. */
export type FieldWords = {
  /**
   * The label of the field named `name`, e.g. "Articles invoked" for `articlesInvoked`; `group`
   * names the group or list it is in, where a field of the same name means another thing
   * elsewhere (the type of a source, of a decision).
   */
  field: (name: string, group?: string) => string;
  /** The label of one item of the list `name`, e.g. "Author" for `authors`. */
  item: (name: string) => string;
  /** The label of one value of the choice `field`, e.g. "No violation" for `no-violation` of `outcome`. */
  value: (value: string, field: string) => string;
  yes: string;
  no: string;
};

type Context = {
  docs: readonly ObjectDocs[];
  words: FieldWords;
  /**
   * Inside a group that may be left empty, no field is required: Decap CMS would ask for them
   * even when the group is left empty, and the schema's check before saving asks for what a
   * group begun needs.
   */
  optionalGroup?: boolean;
  /** The name of the group or list the fields are in. */
  group?: string;
};

/** The pattern a text must match and the schema's message when it does not, for the editor to check as one types. */
function patternOf(schema: z.ZodString): [string, string] | undefined {
  const json = z.toJSONSchema(schema) as { pattern?: string; format?: string };
  const issues = schema.safeParse(json.format === 'uri' ? 'http://' : '\u0000').error?.issues ?? [];
  if (json.format === 'uri')
    return ['^https://\\S+$', issues.at(-1)?.message ?? 'write a full web address starting with https://'];
  if (!json.pattern) return undefined;
  return [json.pattern, issues.find((issue) => issue.code === 'invalid_format')?.message ?? json.pattern];
}

/** The schema inside the wrappers that only say whether a value may be missing or null. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodNullable || inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodPipe && inner !== isoDay && !referenceTargets.has(inner.in as z.ZodType)) {
      // A preprocess (`partialDate`) reads the value after its conversion; a transform before it.
      inner = (inner.in instanceof z.ZodTransform ? inner.out : inner.in) as z.ZodType;
    } else {
      return { inner, optional };
    }
  }
}

function choices(field: string, values: readonly string[], words: FieldWords) {
  return values.map((value) => ({ label: words.value(value, field), value }));
}

/** The widget and its settings for a value of `schema`, without name, label and hint. */
function widgetFor(
  name: string,
  schema: z.ZodType,
  { nullable, optional }: { nullable: boolean; optional: boolean },
  context: Context,
): Omit<CmsField, 'name' | 'label'> {
  const { words } = context;
  if (schema === isoDay) {
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  if (schema instanceof z.ZodPipe && referenceTargets.has(schema.in as z.ZodType)) {
    const collection = referenceTargets.get(schema.in as z.ZodType)!;
    // The follow-ups are a collection per kind in the editor, so a link to one is its file name, typed.
    if (!RELATIONS[collection]) return { widget: 'string', pattern: ['^[a-z0-9-]+$', 'write the file name without ".md"'] };
    return { widget: 'relation', collection, ...RELATIONS[collection], options_length: 50 };
  }
  if (schema instanceof z.ZodLiteral) return { widget: 'hidden', default: String([...schema.values][0]) };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: choices(name, schema.options as string[], words) };
  // Text, and text of a format such as z.url().
  if (schema.type === 'string') {
    const pattern = patternOf(schema as z.ZodString);
    return { widget: LONG_TEXT.has(name) ? 'text' : 'string', ...(pattern && { pattern }) };
  }
  if (schema instanceof z.ZodNumber) {
    const json = z.toJSONSchema(schema) as { minimum?: number; exclusiveMinimum?: number };
    const min = json.minimum ?? (json.exclusiveMinimum === undefined ? undefined : json.exclusiveMinimum + 1);
    return { widget: 'number', value_type: 'int', ...(min !== undefined && { min }) };
  }
  if (schema instanceof z.ZodBoolean) {
    // A checkbox cannot say "not known"; a choice left empty can.
    return nullable
      ? {
          widget: 'select',
          options: [
            { label: words.yes, value: 'true' },
            { label: words.no, value: 'false' },
          ],
        }
      : { widget: 'boolean' };
  }
  // A group that may be left out starts folded.
  if (schema instanceof z.ZodObject) {
    return {
      widget: 'object',
      collapsed: nullable,
      fields: objectFields(schema, { ...context, optionalGroup: context.optionalGroup || optional, group: name }),
    };
  }
  if (schema instanceof z.ZodArray) {
    const { inner } = unwrap(schema.element as z.ZodType);
    // An item is there only once added: what it needs is required.
    const item = widgetFor(name, inner, { nullable: false, optional: false }, { ...context, optionalGroup: false, group: name });
    if (item.widget === 'select' || item.widget === 'relation') return { ...item, multiple: true };
    const label_singular = words.item(name);
    if (item.widget === 'object') return { widget: 'list', label_singular, collapsed: false, fields: item.fields };
    return { widget: 'list', label_singular, collapsed: false, field: { name: 'item', label: label_singular, ...item } };
  }
  throw new Error(
    `The browser editor has no widget for the field "${name}" (a ${schema.constructor.name}): add one in src/lib/cms-fields.ts`,
  );
}

/** A schema comment as a hint in the editor, where a field left empty is what the file calls `null`. */
function hintOf(comment: string | undefined): string | undefined {
  return comment?.replace(/`null`/g, 'empty');
}

/** The editor field for the schema field `name`. */
export function cmsField(name: string, schema: z.ZodType, hint: string | undefined, context: Context): CmsField {
  const nullable = schema.safeParse(null).success;
  const { inner, optional } = unwrap(schema);
  return {
    name,
    label: context.words.field(name, context.group),
    ...widgetFor(name, inner, { nullable, optional }, context),
    required: !context.optionalGroup && !optional && !schema.safeParse(undefined).success,
    ...(hint && { hint }),
  };
}

/** The editor fields of an object schema, in its order, each with its comment in the schema as a hint. */
export function objectFields(schema: z.ZodObject, context: Context): CmsField[] {
  const shape = schema.shape as Record<string, z.ZodType>;
  const docs = docsOfObject(context.docs, Object.keys(shape));
  return Object.entries(shape).map(([name, field]) => cmsField(name, field, hintOf(docs[name]), context));
}
