/**
 * An iCalendar feed of reply deadlines (RFC 5545), so an NGO can subscribe in
 * any calendar. All-day events; UIDs that never change, whatever the host
 * (src/lib/stable-id.ts); lines folded at 75 octets.
 */
export type DeadlineEvent = {
  /** The event's UID: a UUID, the form RFC 7986 recommends. */
  uid: string;
  due: string;
  summary: string;
  description: string;
  url: string;
};

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to 75 octets, continuing with a space, without splitting a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    const size = Buffer.byteLength(char);
    if (bytes + size > limit) {
      parts.push(current);
      current = char;
      bytes = size;
    } else {
      current += char;
      bytes += size;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (iso: string) => iso.replace(/-/g, '');

export function calendar(name: string, events: readonly DeadlineEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Treaty Body Decisions: Kazakhstan//Follow-up deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${day(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${day(event.due)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
