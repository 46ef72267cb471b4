/**
 * The links and anchors of the built site, and whether each leads somewhere:
 * every internal link or resource to a file of the site, every `#fragment` to
 * an element of its target page, every external link to a well-formed https
 * address, and links to official UN documents to the hosts that publish them.
 *
 * Pure: the caller reads the files and passes their paths and text, so the
 * tests can give a whole site as a few short strings.
 */
import { ImportType, initSync, parse } from 'es-module-lexer';
import { Parser } from 'htmlparser2';

/** Hosts where the UN publishes treaty-body documents; a link presented as an official document must use one. */
export const OFFICIAL_HOSTS: readonly string[] = [
  'tbinternet.ohchr.org',
  'docstore.ohchr.org',
  'juris.ohchr.org',
  'www.ohchr.org',
  'undocs.org',
  'digitallibrary.un.org',
];

/**
 * A UN document symbol of a treaty body or the General Assembly
 * (CCPR/C/130/D/2521/2015, CAT/C/48/D/444/2010, A/HRC/49/8), as link text or
 * in an address: a link that names one offers the official document.
 */
const UN_SYMBOL = /\b(?:CCPR|CAT|CEDAW|CERD|CRPD|CRC|CED|CMW|E\/C\.12|HRI|A\/HRC|A)\/[A-Z0-9]+(?:\/[A-Za-z0-9.()-]+)+/;

/**
 * Labels editors give to a source that is the UN document itself, as written
 * in the entries' `sources` ("UN document (OHCHR document store)"); a
 * docstore.ohchr.org address carries no symbol, so only its label says what it is.
 */
const OFFICIAL_LABEL = /\bUN documents?\b|документы? ООН|БҰҰ құжат/i;

/** Where a page points: the element and attribute, the address as written, and its line. */
export type Reference = {
  element: string;
  attribute: string;
  url: string;
  line: number;
  /** The text of an `<a>`, hidden parts included; empty for other elements. */
  text: string;
  /** Set for a module the page runs (`<script type="module" src>`) or fetches ahead (`<link rel="modulepreload">`). */
  module?: 'script' | 'preload';
};

export type PageScan = {
  references: Reference[];
  /**
   * Every fragment the page answers to: its `id`s and the `name`s of its `<a>`
   * elements. A form field's `name` is no target, as browsers do not scroll to it.
   */
  anchors: Set<string>;
};

/** The attributes that load or link another address, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  form: ['action'],
};

/** The addresses in a `srcset`: "a.png 1x, b.png 2x" → a.png, b.png. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Reads the links, resources and anchors of one page. */
export function scanPage(html: string): PageScan {
  const references: Reference[] = [];
  const anchors = new Set<string>();
  const starts = lineStarts(html);
  // Links do not nest, so one open <a> at a time collects its text.
  let openLink: Reference | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) anchors.add(attributes.id);
        if (name === 'a' && attributes.name !== undefined) anchors.add(attributes.name);
        const line = lineAt(starts, parser.startIndex);
        const found = (URL_ATTRIBUTES[name] ?? []).flatMap((attribute) => {
          const value = attributes[attribute];
          if (value === undefined) return [];
          const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
          const module =
            name === 'script' && attributes.type === 'module'
              ? ('script' as const)
              : name === 'link' && attributes.rel?.split(/\s+/).includes('modulepreload')
                ? ('preload' as const)
                : undefined;
          return urls.map((url) => ({ element: name, attribute, url, line, text: '', ...(module ? { module } : {}) }));
        });
        references.push(...found);
        if (name === 'a') openLink = found[0] ?? null;
      },
      ontext(text) {
        if (openLink) openLink.text += text;
      },
      onclosetag(name) {
        if (name === 'a') openLink = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  for (const reference of references) reference.text = reference.text.replace(/\s+/g, ' ').trim();
  return { references, anchors };
}

/** The address a built file is served at: `en/decisions/index.html` → `/en/decisions/`. */
export function urlPathOf(file: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (file === 'index.html') return prefix;
  return prefix + (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

/**
 * The file a static host serves for a path inside the site, or null:
 * `/en/decisions/` → `en/decisions/index.html`. A path without its trailing
 * slash still finds the folder's index, as hosts redirect it.
 */
export function fileOf(path: string, files: ReadonlySet<string>): string | null {
  const relative = path.replace(/^\/+/, '');
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

export type SiteOptions = {
  /** The folder the site is served from, as `BASE_PATH` sets it: `/` or `/portal/`. */
  base: string;
  /** The site's public origin, as `SITE_URL` sets it: absolute links there are internal (canonical, hreflang). */
  origin: string | null;
};

type Target =
  | { kind: 'internal'; path: string; fragment: string }
  | { kind: 'external'; url: URL }
  | { kind: 'ignored' }
  | { kind: 'invalid'; message: string };

/** Schemes that open something other than a page and have nothing to check. */
const IGNORED_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

/** Where an address on the page at `pagePath` leads. */
export function classify(url: string, pagePath: string, options: SiteOptions): Target {
  const written = url.trim();
  if (/\s/.test(written)) return { kind: 'invalid', message: `malformed address "${url}": it contains a space` };
  if (written.startsWith('//')) return { kind: 'invalid', message: `address "${url}" has no scheme: write https://` };
  const origin = options.origin ? new URL(options.origin).origin : null;
  const page = new URL(pagePath, origin ?? 'https://site.invalid');
  let resolved: URL;
  try {
    resolved = new URL(written, page);
  } catch {
    return { kind: 'invalid', message: `malformed address "${url}"` };
  }
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(written);
  if (relative || (origin !== null && resolved.origin === origin)) {
    let path: string;
    let fragment: string;
    try {
      path = decodeURIComponent(resolved.pathname);
      fragment = resolved.hash.slice(1);
    } catch {
      return { kind: 'invalid', message: `malformed address "${url}": bad %-encoding` };
    }
    const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
    if (!path.startsWith(base)) return { kind: 'invalid', message: `"${url}" leads outside the site's base path ${base}` };
    return { kind: 'internal', path: `/${path.slice(base.length)}`, fragment };
  }
  if (IGNORED_SCHEMES.has(resolved.protocol)) return { kind: 'ignored' };
  if (resolved.protocol === 'http:')
    return { kind: 'invalid', message: `insecure link ${url}: write https:// instead of http://` };
  if (resolved.protocol !== 'https:')
    return { kind: 'invalid', message: `link to "${resolved.protocol}" address ${url}: link an https:// address` };
  if (!resolved.hostname.includes('.'))
    return { kind: 'invalid', message: `malformed address "${url}": "${resolved.hostname}" is not a domain` };
  return { kind: 'external', url: resolved };
}

/** Whether a link presents itself as an official UN document, by its text or by a symbol in its address. */
export function isOfficialDocumentLink(reference: Reference): boolean {
  let address = reference.url;
  try {
    address = decodeURIComponent(reference.url);
  } catch {
    // A malformed %-sequence: look at the address as written.
  }
  return UN_SYMBOL.test(reference.text) || OFFICIAL_LABEL.test(reference.text) || UN_SYMBOL.test(address);
}

/** An element's id as the fragment names it: raw first, then %-decoded, as browsers look it up. */
function hasAnchor(anchors: ReadonlySet<string>, fragment: string): boolean {
  if (anchors.has(fragment)) return true;
  try {
    return anchors.has(decodeURIComponent(fragment));
  } catch {
    return false;
  }
}

export type Problem = { file: string; line: number; what: string; where: string };

export type SiteReport = {
  problems: Problem[];
  /** Links and resources checked, internal and external. */
  links: number;
  /** Fragments checked against their target page. */
  anchors: number;
  /** External links by host, most linked first. */
  hosts: [host: string, count: number][];
};

/**
 * Checks every link of every page. `pages` maps each HTML file (relative to
 * the site folder, `/`-separated) to its text; `files` holds every file of the
 * site, HTML or not.
 */
export function checkSite(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, options: SiteOptions): SiteReport {
  const scans = new Map([...pages].map(([file, html]) => [file, scanPage(html)]));
  const problems: Problem[] = [];
  const hosts = new Map<string, number>();
  let links = 0;
  let anchors = 0;
  for (const [file, scan] of scans) {
    const pagePath = urlPathOf(file, options.base);
    for (const reference of scan.references) {
      const where = `<${reference.element} ${reference.attribute}="${reference.url}">`;
      const report = (what: string) => problems.push({ file, line: reference.line, what, where });
      const target = classify(reference.url, pagePath, options);
      if (target.kind === 'ignored') continue;
      links += 1;
      if (target.kind === 'invalid') {
        report(target.message);
        continue;
      }
      if (target.kind === 'external') {
        hosts.set(target.url.hostname, (hosts.get(target.url.hostname) ?? 0) + 1);
        if (isOfficialDocumentLink(reference) && !OFFICIAL_HOSTS.includes(target.url.hostname)) {
          report(`official UN document linked on ${target.url.hostname}: link it on ${OFFICIAL_HOSTS.join(', ')}`);
        }
        continue;
      }
      const targetFile = fileOf(target.path, files);
      if (targetFile === null) {
        report(`broken link: nothing in the site at ${target.path}`);
        continue;
      }
      // An empty fragment and "#top" lead to the top of the page without an element.
      if (target.fragment === '' || target.fragment.toLowerCase() === 'top') continue;
      const targetScan = scans.get(targetFile);
      if (!targetScan) continue;
      anchors += 1;
      if (!hasAnchor(targetScan.anchors, target.fragment)) {
        report(`broken anchor: ${targetFile} has no element with id "${target.fragment}"`);
      }
    }
  }
  return { problems, links, anchors, hosts: [...hosts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}

/**
 * The modules a built script imports before it runs: `import{a}from"./b.js"`, `import"./b.js"`,
 * `export{a}from"./b.js"`. Not `import("./b.js")`, which loads when the script asks.
 */
export function staticImports(code: string): string[] {
  initSync();
  const [imports] = parse(code);
  return imports.flatMap((item) => (item.t === ImportType.Static && item.n !== undefined ? [item.n] : []));
}

/**
 * Finds each module a page's script imports that the page does not fetch ahead. The browser
 * asks for an import only once the script that names it has arrived: one more round trip before
 * the script runs, on a slow connection the longest part of the wait. `read` gives the text of
 * a file of the site.
 */
export function checkModuleImports(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  options: SiteOptions,
  read: (file: string) => string,
): Problem[] {
  const known = new Map<string, string[]>();
  /** The modules the script at `path` imports, and theirs in turn, as addresses. */
  const importsOf = (path: string, seen = new Set<string>()): string[] => {
    let direct = known.get(path);
    if (!direct) {
      const file = fileOf(path, files);
      direct =
        file === null
          ? []
          : staticImports(read(file)).map((specifier) => new URL(specifier, `https://site.invalid${path}`).pathname);
      known.set(path, direct);
    }
    for (const imported of direct.filter((next) => !seen.has(next))) {
      seen.add(imported);
      importsOf(imported, seen);
    }
    return [...seen];
  };
  const problems: Problem[] = [];
  for (const [file, html] of pages) {
    const pagePath = urlPathOf(file, options.base);
    const modules = scanPage(html).references.filter((reference) => reference.module);
    const pathOf = (reference: Reference) => {
      const target = classify(reference.url, pagePath, options);
      return target.kind === 'internal' ? target.path : null;
    };
    const preloaded = new Set(modules.filter((reference) => reference.module === 'preload').map(pathOf));
    for (const script of modules.filter((reference) => reference.module === 'script')) {
      const scriptPath = pathOf(script);
      if (scriptPath === null) continue; // an external script or a malformed address, which checkSite reports
      for (const imported of importsOf(scriptPath).filter((path) => !preloaded.has(path))) {
        problems.push({
          file,
          line: script.line,
          what:
            `the script needs ${imported}, which the browser asks for only once the module importing it has arrived; ` +
            'give the page one script that imports nothing (see src/components/PageScript.astro), or fetch the import ahead with <link rel="modulepreload">',
          where: `<script src="${script.url}">`,
        });
      }
    }
  }
  return problems;
}
