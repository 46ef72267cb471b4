/**
 * Stops a build for publishing that has no public address, and says once, at
 * the end of a local build, that its links name this machine
 * (src/lib/site-address.ts).
 */
import type { AstroIntegration } from 'astro';
import type { SiteAddress } from '../lib/site-address.ts';

export function publicAddress(address: SiteAddress | Error): AstroIntegration {
  return {
    name: 'portal:public-address',
    hooks: {
      'astro:config:setup': () => {
        if (address instanceof Error) throw address;
      },
      'astro:build:done': ({ logger }) => {
        if (address instanceof Error || !address.local) return;
        logger.warn(
          `Built for ${address.site}: canonical links, the sitemap, feeds, downloads and citations name this machine. Set SITE_URL to the public address before publishing.`,
        );
      },
    },
  };
}
