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
