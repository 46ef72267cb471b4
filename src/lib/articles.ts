/**
 * A provision as editors write it in `articlesInvoked` and `articlesViolated`
 * ("7 read with 2", "14(2) alone and read with 2(3)", "18(1) and (3)"), in the
 * reader's language: the numbers stay as written, the words that join them
 * come from the interface dictionaries, so that a Kazakh or Russian page
 * never shows "read with".
 */

import { useTranslations, type Locale } from '../i18n/index.ts';

/** The dictionary entries the words come from (src/i18n/). */
export type ArticleWords = {
  /** " and " between two provisions. */
  and: string;
  /** `{article}` read with `{other}`, one provision or (`many`) more. */
  readWith: (article: string, other: string, many: boolean) => string;
  /** `{article}`, alone and read with `{other}`. */
  aloneAndReadWith: (article: string, other: string, many: boolean) => string;
  /** "(read with the above)", as the committee wrote it after a list. */
  readWithAbove: string;
};

/** The words that join provisions in `locale`, from its dictionary. */
export function articleWordsIn(locale: Locale): ArticleWords {
  const { t } = useTranslations(locale);
  return {
    and: t('articles.and'),
    readWith: (article, other, many) => t(many ? 'articles.readWithMany' : 'articles.readWith', { article, other }),
    aloneAndReadWith: (article, other, many) =>
      t(many ? 'articles.aloneAndReadWithMany' : 'articles.aloneAndReadWith', { article, other }),
    readWithAbove: t('articles.readWithAbove'),
  };
}

/** The provision, a comma as the editor wrote it, the words that join, the provisions joined. */
const JOIN = /^(.*?)(,?)\s+(alone and read with|read with)\s+(.+)$/;

export function articleText(text: string, words: ArticleWords): string {
  const ands = (part: string) => part.replace(/\s+and\s+/g, words.and);
  const above = text.replace(/\(read with the above\)/, words.readWithAbove);
  const match = JOIN.exec(above);
  if (!match) return ands(above);
  const [, article, comma, link, other] = match as unknown as [string, string, string, string, string];
  const many = /,|\sand\s/.test(other);
  const join = link === 'read with' ? words.readWith : words.aloneAndReadWith;
  return join(`${ands(article)}${comma}`, ands(other), many);
}
