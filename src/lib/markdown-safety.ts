/**
 * The one definition of the Markdown an editor may write in a summary, read
 * by Sätteri with the same features and the same plugin in the build
 * (`astro.config.ts`) and in the editors' validator
 * (`scripts/lib/markdown-body.ts`), so that both agree on what is a link.
 *
 * The build renders with `portalMarkdownSafety`: raw HTML is dropped, a link
 * to anything but https, a same-site path or a fragment loses its link and
 * keeps its text, and images are not rendered. The validator runs the same
 * plugin with a `report` function, which is told each of these, and the
 * headings that break the page's outline, with its position and what to
 * write instead.
 */
import { defineMdastPlugin, type Features } from 'satteri';

/**
 * GitHub's Markdown (tables, strikethrough, `www.` and `https://` written out become links) with
 * typographic quotes, Astro's defaults. No frontmatter: the fields are cut off before the body is read.
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const satisfies Features;

export type MarkdownProblem = { line: number; column: number; message: string };

/** The body is shown under the page's own level-2 heading, so its headings start at level 3. */
const FIRST_HEADING_DEPTH = 3;

/**
 * What is wrong with a link's address, in an editor's words; null for an address that may become
 * a link: https, a path on this site (`/en/…`, never `//` or `/\`, which lead to another site), or a
 * fragment (`#facts`).
 */
export function linkProblem(url: string): string | null {
  // Browsers ignore control characters and whitespace inside an address ("java\nscript:").
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed
  const address = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (address === '') return 'empty link: write the address between the brackets, e.g. (https://www.ohchr.org/...)';
  if (/^https:\/\/[^/\\]/i.test(address) || address.startsWith('#') || /^\/(?![/\\])/.test(address)) return null;
  if (/^http:\/\//i.test(address)) {
    return `link to an insecure address (${url.slice(0, 60)}): write it in full with https:// instead of http://`;
  }
  if (/^[/\\]{2}/.test(address) || /^\/\\/.test(address)) {
    return `a link starting "${address.slice(0, 2)}" leads to another site: write the full address starting with https://`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1];
  if (scheme && scheme.toLowerCase() !== 'https') return `a link to "${scheme}:" is not allowed: link an https:// address`;
  return `link to "${url.slice(0, 60)}": write a full address starting with https://`;
}

/** Whether an address may become a link (see `linkProblem`). */
export function isSafeLink(url: string): boolean {
  return linkProblem(url) === null;
}

/** Whether raw HTML holds nothing but comments, which are not shown and stay out of every page and download. */
function onlyComments(html: string): boolean {
  return html.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/**
 * The portal's Markdown plugin. With `report`, each thing it removes or changes, and each heading
 * out of the page's outline, is also reported, with its position in the body.
 */
export function markdownSafety(report?: (problem: MarkdownProblem) => void) {
  let previousDepth = FIRST_HEADING_DEPTH - 1;
  const tell = (node: { position?: { start: { line: number; column: number } } }, message: string) =>
    report?.({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  return defineMdastPlugin({
    name: 'portal-markdown-safety',
    options: { position: report !== undefined },
    html(node, ctx) {
      if (!onlyComments(node.value)) {
        tell(
          node,
          /<\s*script/i.test(node.value)
            ? 'a <script> element is not allowed: the summary is plain text'
            : `raw HTML (${node.value
                .replace(/<!--[\s\S]*?-->/g, '')
                .trim()
                .slice(0, 40)}) is not allowed: write plain Markdown, e.g. **bold** or [a link](https://...)`,
        );
      }
      ctx.removeNode(node);
    },
    link(node, ctx) {
      const problem = linkProblem(node.url);
      if (problem) {
        tell(node, problem);
        ctx.replaceNode(node, node.children);
      } else if (ctx.textContent(node).trim() === '') {
        tell(node, 'a link needs text between the square brackets: [what it opens](https://...)');
      }
    },
    image(node, ctx) {
      tell(node, `images are not published in summaries (${node.url || 'no address'}): link the document instead`);
      ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    },
    imageReference(node, ctx) {
      tell(node, 'images are not published in summaries: link the document instead');
      ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    },
    // A reference-style link takes its address from a definition: an unsafe one is dropped.
    definition(node, ctx) {
      const problem = linkProblem(node.url);
      if (problem) {
        tell(node, problem);
        ctx.removeNode(node);
      }
    },
    heading(node) {
      if (!report) return;
      if (node.depth < FIRST_HEADING_DEPTH) {
        tell(
          node,
          `a heading here starts at level ${FIRST_HEADING_DEPTH} (${'#'.repeat(FIRST_HEADING_DEPTH)}): the page already gives the summary its heading`,
        );
      } else if (node.depth > previousDepth + 1) {
        tell(
          node,
          `heading level ${node.depth} skips level ${previousDepth + 1}: write ${'#'.repeat(previousDepth + 1)} instead`,
        );
      }
      previousDepth = Math.max(node.depth, FIRST_HEADING_DEPTH - 1);
    },
  });
}

/** The build's instance: it reports nothing, and keeps no state between documents. */
export const portalMarkdownSafety = markdownSafety();

/** The options of Astro's Sätteri processor (`astro.config.ts`). */
export const PORTAL_MARKDOWN = { mdastPlugins: [portalMarkdownSafety], features: MARKDOWN_FEATURES };
