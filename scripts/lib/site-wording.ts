/**
 * Checks what a built page says, as a reader reads it: no verdict on lateness
 * that no source gives ("overdue", «просрочен», «мерзімі өткен»), no
 * placeholder or research note shown as a fact ("None", "not named in stored
 * summary"), and no outcome shown without where it comes from (every outcome
 * tag sits in a `.finding` beside its `.finding-basis`, as OutcomeTag.astro
 * writes it; "not yet recorded" needs none), nor a space between a link or
 * other inline element and the punctuation after it ("Source ; Other"), nor at
 * the end of a link's text before it ("Source </a>."), nor a link whose text
 * ends in a space before more text (the space is underlined).
 */
import { Parser } from 'htmlparser2';
import type { Problem } from './site-links.ts';

/** Words that judge the State's reply as late or failed, in the three languages. */
const VERDICTS = /\b(overdue|failed to comply|non-compliant)\b|просроч|мерзімі өткен|мерзімін өткізіп/i;

/** Research notes and placeholders, and empty values shown as if they were facts. */
const PLACEHOLDERS =
  /not named in stored|first name not shown|stored (material|summary)|\(translated from the \w+ header\)|\bTODO\b|\bTBD\b|lorem ipsum|^(None|null|undefined|\[\]|NaN)$/i;

/** Outcome tags that state a finding; `tag--unknown` ("not yet recorded") states none. */
const FINDING_TAG = /\btag--(violation|no-violation|inadmissible|discontinued)\b/;

const SKIPPED = new Set(['script', 'style', 'template']);
const INLINE = new Set(['a', 'span', 'time', 'strong', 'em', 'abbr', 'code']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

type Open = { name: string; classes: string[]; finding?: { line: number; hasTag: boolean; hasBasis: boolean } };

export function checkWording(file: string, html: string): Problem[] {
  const problems: Problem[] = [];
  const stack: Open[] = [];
  let skipping = 0;
  /** Whether the last thing parsed was the end of an inline element, after which text must not start " ;". */
  let afterInline = false;
  /** Whether the last text ended in a space: inside a link, it shows before the punctuation after the link. */
  let spaceAtEnd = false;
  let spaceBeforeClose = false;
  /** A link whose text ended in a space: with text after it, the space is underlined as part of the link. */
  let linkEndsInSpace = false;
  let line = 1;
  let consumed = 0;
  // The line of the parser's position, counted once over the text as it advances.
  const lineAt = (index: number) => {
    for (; consumed < index && consumed < html.length; consumed += 1) if (html[consumed] === '\n') line += 1;
    return line;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        afterInline = false;
        linkEndsInSpace = false;
        const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
        const open: Open = { name, classes };
        if (classes.includes('finding')) open.finding = { line: lineAt(parser.startIndex), hasTag: false, hasBasis: false };
        if (FINDING_TAG.test(attributes.class ?? '')) {
          const finding = [...stack].reverse().find((item) => item.finding)?.finding;
          if (finding) finding.hasTag = true;
          else
            problems.push({
              file,
              line: lineAt(parser.startIndex),
              what: 'an outcome shown without where it comes from: render it with OutcomeTag.astro',
              where: attributes.class ?? '',
            });
        }
        if (classes.includes('finding-basis')) {
          const finding = [...stack].reverse().find((item) => item.finding)?.finding;
          if (finding) finding.hasBasis = true;
        }
        for (const attribute of ['title', 'aria-label', 'alt']) {
          const value = attributes[attribute];
          if (value && VERDICTS.test(value))
            problems.push({ file, line: lineAt(parser.startIndex), what: 'a verdict no source gives', where: value });
        }
        if (name === 'meta' && attributes.content && /description|title/.test(attributes.name ?? attributes.property ?? '')) {
          if (VERDICTS.test(attributes.content))
            problems.push({
              file,
              line: lineAt(parser.startIndex),
              what: 'a verdict no source gives',
              where: attributes.content,
            });
        }
        if (SKIPPED.has(name)) skipping += 1;
        if (!VOID.has(name)) stack.push(open);
      },
      onclosetag(name) {
        afterInline = INLINE.has(name);
        spaceBeforeClose = afterInline && spaceAtEnd;
        linkEndsInSpace = name === 'a' && spaceAtEnd;
        if (VOID.has(name)) return;
        const open = stack.pop();
        if (SKIPPED.has(name)) skipping -= 1;
        if (open?.finding && open.finding.hasTag && !open.finding.hasBasis) {
          problems.push({
            file,
            line: open.finding.line,
            what: 'an outcome shown without where it comes from',
            where: 'span.finding without .finding-basis',
          });
        }
      },
      ontext(text) {
        if (skipping > 0) return;
        if (afterInline && (/^\s+[;:,.](\s|$)/.test(text) || (spaceBeforeClose && /^[;:,.](\s|$)/.test(text)))) {
          problems.push({
            file,
            line: lineAt(parser.startIndex),
            what: 'a space before punctuation',
            where: text.trim().slice(0, 40),
          });
        }
        if (linkEndsInSpace && text.trim() !== '' && !/^\s*[;:,.]/.test(text)) {
          problems.push({
            file,
            line: lineAt(parser.startIndex),
            what: 'a link whose text ends in a space, underlined before the text after it',
            where: text.trim().slice(0, 40),
          });
        }
        linkEndsInSpace = false;
        afterInline = false;
        spaceAtEnd = /\s$/.test(text) && text.trim() !== '';
        const trimmed = text.trim();
        if (!trimmed) return;
        if (VERDICTS.test(trimmed)) {
          problems.push({
            file,
            line: lineAt(parser.startIndex),
            what: 'a verdict no source gives',
            where: trimmed.slice(0, 80),
          });
        }
        // A value in `code` is written as the data writes it (the open-data page's `null`), not shown as a fact.
        if (PLACEHOLDERS.test(trimmed) && stack.at(-1)?.name !== 'code') {
          problems.push({
            file,
            line: lineAt(parser.startIndex),
            what: 'a placeholder or note shown as a fact',
            where: trimmed.slice(0, 80),
          });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}
