/**
 * The words of the browser editor in one language: the labels of its
 * collections, fields and choices (`cms.*` in the dictionaries); a value the
 * pages already name (an outcome, a remedy, a status, a kind of source) is
 * named as the pages name it.
 */
import { useTranslations, type MessageKey } from '../i18n/index.ts';
import type { Language } from '../schemas/common.ts';
import type { CmsWords } from './cms-config.ts';

/** Where the pages keep the name of each value of a field, tried in order. */
const VALUE_KEYS: Record<string, readonly string[]> = {
  outcome: ['outcome.'],
  type: ['type.', 'source.type.'],
  kind: ['remedy.'],
  remedy: ['remedy.'],
  remedies: ['remedy.'],
  status: ['status.'],
};

/** A value as a label where no page names it: `no-information` → "No information". */
function spelledOut(value: string): string {
  if (/^[A-Z]+$/.test(value)) return value;
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function cmsWords(language: Language): CmsWords {
  const { t } = useTranslations(language);
  const has = (key: string): key is MessageKey => t(key as MessageKey) !== key;
  const word = (key: string) => (has(key) ? t(key) : null);
  return {
    field: (name, group) => (group && word(`cms.field.${group}.${name}`)) || (word(`cms.field.${name}`) ?? spelledOut(name)),
    item: (name) => word(`cms.item.${name}`) ?? spelledOut(name),
    value: (value, field) =>
      (VALUE_KEYS[field] ?? []).map((prefix) => word(`${prefix}${value}`)).find((text): text is string => text !== null) ??
      word(`cms.value.${value}`) ??
      spelledOut(value),
    yes: t('cms.yes'),
    no: t('cms.no'),
    collection: (name) => t(`cms.collection.${name}` as MessageKey),
    followupKind: (kind) => t(`followup.kind.${kind}`),
    language: (code) => t(`language.${code}`),
    translations: (code, collection) =>
      t('cms.translations', { language: t(`language.${code}`), collection: t(`cms.collection.${collection}` as MessageKey) }),
    body: t('cms.body'),
    bodyHint: (collection, code) =>
      t(`cms.bodyHint.${collection}` as MessageKey, code ? { language: t(`language.${code}`) } : {}),
    original: t('cms.original'),
    originalHint: t('cms.originalHint'),
  };
}
