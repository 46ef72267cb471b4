/**
 * Numbers written in the browser as the server writes them. Chromium's trimmed
 * locale data groups Kazakh thousands with a comma ("5,213") where the full
 * data, which the build uses, has a no-break space ("5 213"); the page tells
 * the browser which separator the server used.
 */

/** The separator between groups of thousands in `format`'s output, or '' when it has none. */
export function groupSeparator(format: Intl.NumberFormat): string {
  return format.formatToParts(1000000).find((part) => part.type === 'group')?.value ?? '';
}

/** Formats `value` with `format`, using `separator` between groups of thousands. */
export function formatNumber(format: Intl.NumberFormat, value: number, separator: string): string {
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? separator : part.value))
    .join('');
}

/**
 * The attributes that tell a script how the server wrote numbers: the locale of its
 * `Intl.NumberFormat` and the separator between groups of thousands.
 */
export function numberFormatAttributes(formatLocale: string): { 'data-format-locale': string; 'data-number-group': string } {
  return { 'data-format-locale': formatLocale, 'data-number-group': groupSeparator(new Intl.NumberFormat(formatLocale)) };
}

/** A formatter in the browser for numbers written as the server writes them, read from those attributes. */
export function numberFormatFrom(element: HTMLElement, fallbackLocale: string): (value: number) => string {
  const format = new Intl.NumberFormat(element.dataset.formatLocale ?? fallbackLocale);
  const separator = element.dataset.numberGroup ?? groupSeparator(format);
  return (value) => formatNumber(format, value, separator);
}
