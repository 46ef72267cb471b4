/**
 * Defence in depth for editors' Markdown: the validator already rejects raw
 * HTML and unsafe links, and this plugin makes sure that, should one slip
 * through, nothing in a summary can run in a reader's browser. Raw HTML is
 * dropped, links to anything but https, http (shown as text), same-site paths
 * and fragments lose their link, and images are not rendered.
 */
import { defineMdastPlugin } from 'satteri';

const SAFE_LINK = /^(https:\/\/|\/(?!\/)|#)/i;

/** Whether an address may become a link: https, a same-site path or a fragment; never javascript:, data:, vbscript:. */
export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\nscript:").
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed
  return SAFE_LINK.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

export const portalMarkdownSafety = defineMdastPlugin({
  name: 'portal-markdown-safety',
  html(node, ctx) {
    ctx.removeNode(node);
  },
  link(node, ctx) {
    if (!isSafeLink(node.url)) ctx.replaceNode(node, node.children);
  },
  image(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  imageReference(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  // A reference-style link takes its address from a definition: an unsafe one is dropped.
  definition(node, ctx) {
    if (!isSafeLink(node.url)) ctx.removeNode(node);
  },
});
