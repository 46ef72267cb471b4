/**
 * The public address the site is built for. Canonical links, the sitemap,
 * robots.txt, the feeds' links, the downloads' `url` and the citations all
 * name it, so a site published with the wrong one points readers and search
 * engines elsewhere. `SITE_URL` gives it; without it a build is for this
 * machine (`http://localhost:4321`, what `npm start` serves), and a build for
 * publishing (`DEPLOY=1`, as the deploy workflow sets) stops.
 */

/** Where `npm start` and `astro preview` serve the site. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== '';
const isOn = (value: string | undefined) => isSet(value) && !/^(0|false|no)$/i.test(value!.trim());

export type SiteAddress = { site: string; local: boolean };

/** The address from the environment, or an Error whose message says what to set. */
export function siteAddress(env: { SITE_URL?: string; DEPLOY?: string }): SiteAddress | Error {
  const deploy = isOn(env.DEPLOY);
  if (!isSet(env.SITE_URL)) {
    return deploy
      ? new Error(
          'This build is for publishing (DEPLOY is set) but SITE_URL is not: set SITE_URL to the public address, as in SITE_URL=https://decisions.example.kz, so that canonical links, the sitemap, feeds, downloads and citations name it.',
        )
      : { site: LOCAL_ADDRESS, local: true };
  }
  const value = env.SITE_URL!.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return new Error(`SITE_URL is not an address: "${value}". Give the whole address, as in https://decisions.example.kz.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return new Error(`SITE_URL must start with https:// (it is "${value}").`);
  }
  if (deploy && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    return new Error(
      `This build is for publishing (DEPLOY is set) but SITE_URL names this machine ("${value}"): give the public address.`,
    );
  }
  return { site: value, local: false };
}
