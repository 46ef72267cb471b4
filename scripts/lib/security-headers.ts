/**
 * The security headers for static hosts, with the same Content-Security-Policy
 * as the pages' <meta> tags (script and style hashes included) plus what only
 * a header can say (frame-ancestors):
 *   _headers                      Netlify, Cloudflare Pages
 *   nginx-security-headers.conf   `include` it in an nginx server block
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** A policy as written in a <meta> or a header: directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    directives.set(name!, sources);
  }
  return directives;
}

/** A page's policy from its <meta>; null when it has none. */
export function pagePolicy(html: string): Map<string, string[]> | null {
  const meta = META.exec(html);
  return meta ? parsePolicy(meta[1]!) : null;
}

/**
 * File name → content of the header files, from the <head> of pages that between
 * them carry every policy of the site: the directives are the same on every
 * page, the hashes are their union. Null when no page carries a policy.
 */
export function securityHeaderFiles(heads: Iterable<string>): Map<string, string> | null {
  const directives = new Map<string, Set<string>>();
  for (const head of heads) {
    for (const [name, sources] of pagePolicy(head) ?? []) {
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  if (directives.size === 0) return null;
  directives.set('frame-ancestors', new Set(["'none'"]));
  const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

  const headers: [string, string][] = [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ];
  return new Map([
    ['_headers', `/*\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`],
    [
      'nginx-security-headers.conf',
      `# Security headers for the portal; include this file in the server block that serves dist/.\n${headers
        .map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
        .join('\n')}\n`,
    ],
  ]);
}
