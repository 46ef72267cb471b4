/**
 * Identifiers that stay the same wherever and whenever the site is built: the
 * ids of the Atom feeds and their entries, which must never change (RFC 4287,
 * 4.2.6), and the UIDs of the calendar's events (RFC 5545). They are name-based
 * UUIDs (version 5, RFC 9562) of a name that says what is identified
 * (`decision/ccpr-2521-2015/kk`), so they do not depend on the host the site
 * is served from, which a build without `SITE_URL` does not know.
 */
import { createHash } from 'node:crypto';

/** The portal's own namespace for its names; never change it, or every id changes with it. */
export const PORTAL_NAMESPACE = '7d155014-45a5-412d-b743-4c31a947ce8a';

/** The version 5 UUID of `name` in `namespace`. */
export function nameBasedUuid(name: string, namespace: string = PORTAL_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The same, as a URN, the form an Atom id takes. */
export function stableUrn(name: string): string {
  return `urn:uuid:${nameBasedUuid(name)}`;
}
