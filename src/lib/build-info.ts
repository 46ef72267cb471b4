/**
 * The day the site was built, as `YYYY-MM-DD`. `SOURCE_DATE_EPOCH` (seconds)
 * fixes it, so two builds of the same commit can produce the same files.
 */
export function buildDay(env: { SOURCE_DATE_EPOCH?: string } = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return dayOf(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now());
}

const DAY_MS = 24 * 60 * 60 * 1000;
let lastDay: { number: number; text: string } | undefined;

/** The UTC day of a time, written out once per day: every page asks, 30,000 times at scale. */
function dayOf(milliseconds: number): string {
  const number = Math.floor(milliseconds / DAY_MS);
  if (lastDay?.number !== number) lastDay = { number, text: new Date(number * DAY_MS).toISOString().slice(0, 10) };
  return lastDay.text;
}
