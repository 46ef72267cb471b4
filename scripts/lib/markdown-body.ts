/**
 * Checks the Markdown body an editor wrote: nothing that could run in a
 * reader's browser, no empty or insecure links, headings that follow the page's
 * outline. Positions are lines and columns within the body.
 */
import { remark } from 'remark';
import type { Heading, Html, Image, Link, Nodes, Parents, Root } from 'mdast';

export type BodyProblem = { line: number; column: number; message: string };

/** The body is shown under the page's own level-2 heading, so its headings start at level 3. */
const FIRST_HEADING_DEPTH = 3;

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function checkUrl(url: string, what: string): string | null {
  const trimmed = url.trim().toLowerCase();
  if (trimmed === '') return `empty ${what}: write the address between the brackets, e.g. (https://www.ohchr.org/...)`;
  if (/^(javascript|data|vbscript|file):/.test(trimmed.replace(/\s/g, ''))) {
    return `a ${what} to "${url.split(':')[0]}:" is not allowed: link an https:// address`;
  }
  if (trimmed.startsWith('http://')) return `${what} to an insecure address: write https:// instead of http://`;
  if (trimmed.startsWith('https://') || trimmed.startsWith('#') || trimmed.startsWith('/')) return null;
  return `${what} to "${url}": write a full address starting with https://`;
}

export function checkMarkdownBody(markdown: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const tree = remark().parse(markdown) as Root;
  let previousDepth = FIRST_HEADING_DEPTH - 1;
  const add = (node: Nodes, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'html': {
        const html = (node as Html).value;
        if (/^<!--[\s\S]*-->$/.test(html.trim())) break;
        add(
          node,
          /<\s*script/i.test(html)
            ? 'a <script> element is not allowed: the summary is plain text'
            : `raw HTML (${html.trim().slice(0, 40)}) is not allowed: write plain Markdown, e.g. **bold** or [a link](https://...)`,
        );
        break;
      }
      case 'link': {
        const link = node as Link;
        const problem = checkUrl(link.url, 'link');
        if (problem) add(node, problem);
        else if (textOf(link).trim() === '')
          add(node, 'a link needs text between the square brackets: [what it opens](https://...)');
        break;
      }
      case 'definition': {
        // The address of a reference-style link: [text][name] ... [name]: https://...
        const problem = checkUrl((node as { url: string }).url, 'link');
        if (problem) add(node, problem);
        break;
      }
      case 'image': {
        const image = node as Image;
        add(node, `images are not published in summaries (${image.url || 'no address'}): link the document instead`);
        break;
      }
      case 'heading': {
        const heading = node as Heading;
        if (heading.depth < FIRST_HEADING_DEPTH) {
          add(
            node,
            `a heading here starts at level ${FIRST_HEADING_DEPTH} (${'#'.repeat(FIRST_HEADING_DEPTH)}): the page already gives the summary its heading`,
          );
        } else if (heading.depth > previousDepth + 1) {
          add(
            node,
            `heading level ${heading.depth} skips level ${previousDepth + 1}: write ${'#'.repeat(previousDepth + 1)} instead`,
          );
        }
        previousDepth = Math.max(heading.depth, FIRST_HEADING_DEPTH - 1);
        break;
      }
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
  };
  visit(tree);
  return problems;
}
