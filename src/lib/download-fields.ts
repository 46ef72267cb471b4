/**
 * The fields of each download, documented from one text for readers and for
 * machines. A field's meaning is `data.field.<download>.<field>` in the three
 * dictionaries; the English one is also the field's `description` in the
 * published JSON Schema, so the two cannot drift apart. Codes in a meaning
 * (field names, values such as `no-violation`, `null`) are written between
 * backticks: the open-data page shows them as code, the JSON Schema as they
 * are. A field's type is said in words of the reader's language.
 */
import { useTranslations, type MessageKey, type Translator } from '../i18n/index.ts';
import { DOWNLOADS, jsonSchemaOf } from '../schemas/export.ts';

export type DownloadName = keyof typeof DOWNLOADS;
export const DOWNLOAD_NAMES = Object.keys(DOWNLOADS) as DownloadName[];

/** The part of a JSON Schema that the field documentation reads. */
export type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
};

/** A run of text, or a code to be shown as such (`no-violation`). */
export type Piece = { text: string; code: boolean };

/** The JSON Schema of each field of a download's records, by field, in the order of the file. */
function recordFields(schema: JsonSchema, name: DownloadName): Record<string, JsonSchema> {
  const fields = schema.properties?.[name]?.items?.properties;
  if (!fields) throw new Error(`The JSON Schema of ${name} has no list of records under "${name}".`);
  return fields;
}

/** Each field of a download's records with its JSON Schema, in the order of the file. */
export function downloadFields(name: DownloadName): { field: string; schema: JsonSchema }[] {
  return Object.entries(recordFields(jsonSchemaOf(DOWNLOADS[name], name) as JsonSchema, name)).map(([field, schema]) => ({
    field,
    schema,
  }));
}

/** The dictionary key of a field's meaning: `data.field.decisions.outcome`. */
export const meaningKey = (name: DownloadName, field: string) => `data.field.${name}.${field}` as MessageKey;

/** `text` in runs of plain text and the codes written in it between backticks. */
export function codeSpans(text: string): Piece[] {
  return text
    .split('`')
    .map((part, index) => ({ text: part, code: index % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}

/**
 * The published JSON Schema of a download (draft 2020-12): each field of its
 * records described by its English meaning, codes without their backticks.
 */
export function downloadSchema(name: DownloadName, id: string) {
  const schema = jsonSchemaOf(DOWNLOADS[name], id);
  const { t } = useTranslations('en');
  for (const [field, definition] of Object.entries(recordFields(schema as JsonSchema, name))) {
    definition.description = t(meaningKey(name, field)).replaceAll('`', '');
  }
  return schema;
}

/** The alternatives a value may take: `anyOf` and a list of types, each on its own. */
function alternativesOf(schema: JsonSchema): JsonSchema[] {
  if (schema.anyOf) return schema.anyOf.flatMap(alternativesOf);
  if (Array.isArray(schema.type)) return schema.type.map((type) => ({ ...schema, type }));
  return [schema];
}

/** A string that is a date: `YYYY-MM-DD`, or `YYYY` to `YYYY-MM-DD` for a follow-up event. */
const isDate = (schema: JsonSchema) => schema.type === 'string' && (schema.pattern ?? '').startsWith('^\\d{4}');

/** `values` as codes, separated by commas. */
const codes = (values: readonly unknown[]): Piece[] =>
  values.flatMap((value, index) => [...(index > 0 ? [{ text: ', ', code: false }] : []), { text: String(value), code: true }]);

/** The word for a value that is not a list, or null where there is none. */
function scalarKind(schema: JsonSchema): 'text' | 'date' | 'number' | 'boolean' | 'object' | null {
  if (isDate(schema)) return 'date';
  switch (schema.type) {
    case 'string':
      return 'text';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return null;
  }
}

function unknownType(schema: JsonSchema): never {
  throw new Error(
    `The open-data page has no words for the JSON Schema type ${JSON.stringify(schema)}: add them to typeWords in src/lib/download-fields.ts and to the dictionaries.`,
  );
}

/** A list, in words: `list of texts`, `list of values from a, b`. */
function listWords(items: JsonSchema | undefined, t: Translator['t']): Piece[] {
  if (items?.enum) return [{ text: `${t('data.type.list.oneOf')} `, code: false }, ...codes(items.enum)];
  const kind = items ? scalarKind(items) : null;
  if (kind === 'text' || kind === 'object') return [{ text: t(`data.type.list.${kind}`), code: false }];
  return unknownType({ type: 'array', items });
}

/**
 * A field's type in the reader's words, short enough for a phone's narrow
 * column: `text`, `date`, `number`, `yes/no`, `one of` its values, `list of
 * texts`, each alternative joined by `or`, and `null` as the code it is. Each
 * word is a piece of its own and each space one too, so that a narrow column
 * breaks the type only at its spaces, never inside `yes/no`.
 */
export function typeWords(schema: JsonSchema, t: Translator['t']): Piece[] {
  return alternativesOf(schema)
    .flatMap((alternative, index) => {
      const words: Piece[] = alternative.enum
        ? [{ text: `${t('data.type.oneOf')} `, code: false }, ...codes(alternative.enum)]
        : alternative.type === 'null'
          ? [{ text: 'null', code: true }]
          : alternative.type === 'array'
            ? listWords(alternative.items, t)
            : [{ text: t(`data.type.${scalarKind(alternative) ?? unknownType(alternative)}`), code: false }];
      return index > 0 ? [{ text: ` ${t('data.type.or')} `, code: false }, ...words] : words;
    })
    .flatMap((piece) =>
      piece.code ? [piece] : piece.text.split(/( )/).flatMap((text) => (text ? [{ text, code: false }] : [])),
    );
}
