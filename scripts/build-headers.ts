/**
 * Writes the security headers for static hosts after the build, with the same
 * Content-Security-Policy as the pages' <meta> tags (script and style hashes
 * included) plus what only a header can say (frame-ancestors):
 *   dist/_headers                 Netlify, Cloudflare Pages
 *   dist/nginx-security-headers.conf   `include` it in an nginx server block
 *
 *   node scripts/build-headers.ts [--site dist]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder, headOf } from './lib/site-files.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const dir = values.site!;

// Every page's policy, merged: the directives are the same, the hashes are the union.
const directives = new Map<string, Set<string>>();
for (const file of filesUnder(dir, (name) => name.endsWith('.html'))) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(headOf(file));
  if (!meta) continue;
  for (const directive of meta[1]!
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    const set = directives.get(name!) ?? new Set<string>();
    for (const source of sources) set.add(source);
    directives.set(name!, set);
  }
}
if (directives.size === 0) {
  console.error('Security headers: no page carries a content-security-policy <meta>; is security.csp on in astro.config.ts?');
  process.exit(1);
}
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

writeFileSync(join(dir, '_headers'), `/*\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`);
writeFileSync(
  join(dir, 'nginx-security-headers.conf'),
  `# Security headers for the portal; include this file in the server block that serves dist/.\n${headers
    .map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
    .join('\n')}\n`,
);
console.log(`Security headers: written to ${dir}/_headers and ${dir}/nginx-security-headers.conf`);
