/**
 * Where each language's Pagefind bundle lies, relative to the site's root:
 * the build writes it there (src/integrations/pagefind.ts), and the search
 * page loads its language's from there, and another language's to offer the
 * same search in it (src/scripts/search.ts).
 */
export const searchBundleFolder = (locale: string): string => `pagefind/${locale}/`;
