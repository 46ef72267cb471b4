/**
 * "Did you mean": the known word nearest to a mistyped one, for the validator's
 * field names and values and the scripts' option names.
 */
import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `word`, letters compared without case, if it is near enough to be what was meant; otherwise undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
