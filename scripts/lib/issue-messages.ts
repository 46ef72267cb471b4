/**
 * What an editor reads for each problem the schemas find: the field's own
 * message (src/schemas/), with what was found, the odd character named, the
 * value probably meant, and, for a value of the wrong kind, how to write it
 * (a number as text in quotes, a list one item per line). Zod's own wording
 * ("Invalid input: expected string, received number") never reaches an
 * editor: where a field has no message of its own, one is made from what the
 * field expects and what it holds. Used by `npm run validate` and `npm run new`.
 */
import type { z } from 'astro/zod';
import { oddCharactersNote } from '../../src/lib/characters.ts';
import { closest } from './closest.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Zod's own English messages, which are for developers. */
const ZOD_WORDING = /^(Invalid|Too (big|small):|Unrecognized key)/;

/**
 * The schema under its wrappers (optional, nullable, default, a transform), and for a union the
 * member that the value's discriminator (`kind`) chooses; undefined when none matches.
 */
function unwrap(schema: unknown, value: unknown): unknown {
  let current = schema;
  for (let guard = 0; current && guard < 20; guard++) {
    const def = defOf(current);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else if (def.type === 'union') {
      const discriminator = def.discriminator as string | undefined;
      const kind =
        discriminator && value && typeof value === 'object' ? (value as Record<string, unknown>)[discriminator] : undefined;
      return (def.options as unknown[]).find((option) => {
        const literal = defOf((defOf(option).shape as Record<string, unknown> | undefined)?.[discriminator ?? ''] ?? option);
        return Array.isArray(literal.values) && literal.values.includes(kind);
      });
    } else return current;
  }
  return current;
}

/** The schema of the value at `path` inside `schema`, with its wrappers; undefined if there is none. */
function schemaAt(schema: unknown, path: readonly PropertyKey[], data: unknown): unknown {
  let current = schema;
  let value = data;
  for (const key of path) {
    const inner = unwrap(current, value);
    if (!inner) return undefined;
    const def = defOf(inner);
    if (def.type === 'array') current = def.element;
    else if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(key)];
    else return undefined;
    if (current === undefined) return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return current;
}

/** The fields of the object at `path` (following the data for unions), or undefined. */
function fieldsAt(schema: unknown, path: readonly PropertyKey[], data: unknown): Record<string, unknown> | undefined {
  const inner = unwrap(schemaAt(schema, path, data), valueAt(data, path));
  return inner && defOf(inner).type === 'object' ? (defOf(inner).shape as Record<string, unknown>) : undefined;
}

/** Whether the field may be written `null`. */
function acceptsNull(fieldSchema: unknown): boolean {
  for (let current = fieldSchema, guard = 0; current && guard < 20; guard++) {
    const def = defOf(current);
    if (def.type === 'nullable' || def.type === 'null') return true;
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return false;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/** A value as the editor wrote it, cut short, with any odd character named. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${cut}"${oddCharactersNote(cut)}`;
  }
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'fields';
  return String(value);
}

/** How a text written in a list item needs writing: in quotes where YAML would read it otherwise. */
function asYamlText(text: string): string {
  return /^[\d.+-]|^(true|false|null|~)$|[:#,[\]{}'"&*!|>%@`]|^\s|\s$/.test(text) || text === ''
    ? `'${text.replace(/'/g, "''")}'`
    : text;
}

/** An empty value: a field, or a "- ", with nothing after it. */
const EMPTY = 'it is empty here (a field or a "- " with nothing after it is read as null)';

/** A number written plainly, as the portal's YAML reads one; `-5` and `1.5` are text to it. */
const PLAIN_NUMBER = /^\s*\d+\s*$/;

/**
 * How to write a value of the right kind, from what the editor wrote. With `own`, the field has a
 * message of its own saying what to write: only what that message cannot know is added (that a
 * number needs quotes to be text, that a list or fields stand where one text belongs, that a
 * leading zero makes a number ambiguous).
 */
function kindAdvice(expected: string, value: unknown, field: string, own: boolean): string | undefined {
  const name = field || 'the field';
  if (value === null) return own ? EMPTY : `${name} cannot be empty here: write a value`;
  switch (expected) {
    case 'string':
      if (typeof value === 'number' || typeof value === 'boolean') {
        return `write it in quotes, '${value}': without them YAML reads ${value} as a ${typeof value === 'number' ? 'number' : 'yes/no value'}, not as text`;
      }
      if (Array.isArray(value)) return `write one text here, not a list: remove the "- " or the [ ]`;
      if (value && typeof value === 'object') {
        return `write the text on the same line as "${name}:"; a text holding ": " goes in quotes, e.g. ${name}: 'Position: sent'`;
      }
      return undefined;
    case 'number':
    case 'int':
      if (typeof value === 'string' && PLAIN_NUMBER.test(value)) {
        if (/^\s*0\d/.test(value))
          return `write ${Number(value)} without the leading zero (a number starting with 0 is ambiguous)`;
        return own ? undefined : `write ${Number(value)} without quotes or spaces, as a number`;
      }
      return own ? undefined : 'write a whole number without quotes, e.g. 130';
    case 'boolean':
      return own ? undefined : 'write true or false, in lower case and without quotes';
    case 'array': {
      if (own) return undefined;
      const item = typeof value === 'string' || typeof value === 'number' ? asYamlText(String(value)) : "'...'";
      return `write a list, one item per line under "${name}:", each starting with "- ", e.g. - ${item}`;
    }
    case 'object':
      return own ? undefined : `write the fields of ${name} under it, each on its own line and indented by two spaces`;
    default:
      return undefined;
  }
}

/** A message for a schema problem where the field has none of its own. */
function ownWording(issue: z.core.$ZodIssue, value: unknown, field: string, nullable: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return kindAdvice(issue.expected, value, field, false) ?? `write ${field} as the other entries do`;
    case 'too_small':
      if (issue.origin === 'array') return `list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return nullable ? 'empty text: write it, or null where no source states it' : 'empty text: write it';
      return `write ${issue.minimum} or more`;
    case 'too_big':
      return issue.origin === 'array' ? `list at most ${issue.maximum} items` : `write at most ${issue.maximum}`;
    case 'invalid_value':
      return `write one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${field} is not written as expected: compare it with the example in CONTRIBUTING.md`;
    default:
      return `${field} is not written as expected: compare it with the example in CONTRIBUTING.md`;
  }
}

/**
 * Where a field of the wrong name may belong: `uncertain` at the top is a field of `verification`.
 * Returns the name of the object that has it, or undefined.
 */
function homeOf(key: string, schema: unknown, path: readonly PropertyKey[], data: unknown): string | undefined {
  const here = fieldsAt(schema, path, data) ?? {};
  for (const [name, field] of Object.entries(here)) {
    let inner = unwrap(field, undefined);
    if (inner && defOf(inner).type === 'array') inner = unwrap(defOf(inner).element, undefined);
    if (inner && defOf(inner).type === 'object' && key in (defOf(inner).shape as object)) return name;
  }
  return undefined;
}

export type FieldMessage = { path: PropertyKey[]; message: string };

/** The editor's message(s) for one schema issue; choices come from the schema, suggestions from the value. */
export function explainIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
  kindChoices: readonly string[] = [],
): FieldMessage[] {
  const path = issue.path as PropertyKey[];
  const field = String(path.findLast((key) => typeof key === 'string') ?? '');
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(fieldsAt(schema, path, data) ?? {});
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      const home = suggestion ? undefined : homeOf(key, schema, path, data);
      return {
        path: [...path, key],
        message: suggestion
          ? `unknown field "${key}": did you mean "${suggestion}"?`
          : home
            ? `unknown field "${key}" here: it belongs under "${home}:", indented by two spaces`
            : `unknown field "${key}": remove it, or use one of ${known.join(', ')}`,
      };
    });
  }
  const value = valueAt(data, path);
  const own = !ZOD_WORDING.test(issue.message) ? issue.message : undefined;
  if (value === undefined && path.length > 0 && issue.code !== 'custom') {
    const hint = own ?? (issue.code === 'invalid_union' ? `write one of ${kindChoices.join(', ')}` : 'add it');
    return [{ path, message: `missing field "${String(path.at(-1))}": ${hint}` }];
  }
  const fieldSchema = schemaAt(schema, path, data);
  const nullable = fieldSchema !== undefined && acceptsNull(fieldSchema);
  const choices =
    issue.code === 'invalid_value'
      ? issue.values.map(String)
      : issue.code === 'invalid_union' && path.at(-1) === 'kind'
        ? [...kindChoices]
        : [];
  let message =
    own ??
    (issue.code === 'invalid_union' && choices.length
      ? `write one of ${choices.join(', ')}`
      : ownWording(issue, value, field, nullable));
  // A value of the wrong kind: the field's own message says what it holds; how to write it follows.
  if (own && issue.code === 'invalid_type') {
    const advice = kindAdvice(issue.expected, value, field, true);
    if (advice && !message.includes(advice)) message = `${message}: ${advice}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && nullable && !message.includes('null')) {
    message = `${message}, or write null where no source states it`;
  }
  const scalar = value !== undefined && value !== null && typeof value !== 'object';
  const said = (text: string) => new RegExp(`(^|[^\\w-])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w-]|$)`).test(message);
  // A text is shown in quotes, so that its quotes and spaces can be seen, unless the message begins with it.
  // A check comparing fields names the values it compares.
  const quoted =
    typeof value === 'string' && issue.code !== 'custom'
      ? message.startsWith(value) || message.includes(`"${value}"`)
      : said(String(value).slice(0, 60));
  const found = scalar && !quoted ? ` (found ${shown(value)})` : '';
  const suggestion = typeof value === 'string' && value.length < 100 ? closest(value, choices) : undefined;
  return [{ path, message: `${message}${found}${suggestion ? `; did you mean "${suggestion}"?` : ''}` }];
}
