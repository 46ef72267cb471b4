/**
 * The day the site was built, as `YYYY-MM-DD`. `SOURCE_DATE_EPOCH` (seconds)
 * fixes it, so two builds of the same commit can produce the same files.
 */
export function buildDay(env: { SOURCE_DATE_EPOCH?: string } = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const when = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return when.toISOString().slice(0, 10);
}
