/**
 * Reading the W3C Nu Html Checker's report (`vnu.jar --format json`): which
 * messages stop the tests, and which warnings are accepted and why. Every
 * warning not accepted here stops the tests too, so that a new kind of
 * warning is either fixed or explained in this list (and in
 * docs/standards.md) before it is published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One message of the checker's JSON report. */
export type NuMessage = {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
};

type Accepted = { why: string; matches: (message: NuMessage) => boolean };

/** Warnings that say something about how the checker reads the pages, not about the pages. */
export const ACCEPTED_WARNINGS: readonly Accepted[] = [
  {
    why: "the checker reads each page as a file, which has no origin, so the policy's 'self' matches none of the page's own stylesheets and scripts; served from the host, every page loads them, as the browser tests see",
    matches: (message) =>
      /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/[^“”]*” blocked by “(style|script)-src” directive\.$/.test(
        message.message,
      ),
  },
  {
    why: 'a decision\'s schema.org description is a data block (`<script type="application/ld+json">`), which browsers never run and so never submit to the policy',
    matches: (message) =>
      message.message.startsWith('Inline script violates Content Security Policy (meta tag)') &&
      (message.extract ?? '').includes('<script type="application/ld+json">'),
  },
];

export type NuReport = {
  /** Errors, and failures to read a file. */
  errors: NuMessage[];
  /** Warnings no entry of `ACCEPTED_WARNINGS` explains. */
  warnings: NuMessage[];
  /** How many warnings each accepted reason covered, in the order of `ACCEPTED_WARNINGS`. */
  accepted: { why: string; count: number }[];
  /** Files with at least one error. */
  filesWithErrors: number;
};

export function sortNuMessages(messages: readonly NuMessage[]): NuReport {
  const counts = ACCEPTED_WARNINGS.map(() => 0);
  const errors: NuMessage[] = [];
  const warnings: NuMessage[] = [];
  for (const message of messages) {
    if (message.type !== 'info') {
      errors.push(message);
      continue;
    }
    if (message.subType !== 'warning') continue;
    const reason = ACCEPTED_WARNINGS.findIndex((accepted) => accepted.matches(message));
    if (reason === -1) warnings.push(message);
    else counts[reason]! += 1;
  }
  return {
    errors,
    warnings,
    accepted: ACCEPTED_WARNINGS.map(({ why }, index) => ({ why, count: counts[index]! })),
    filesWithErrors: new Set(errors.map((message) => message.url)).size,
  };
}

/** One line per message: file, line and column, what is wrong, and the markup it is about. */
export function describeNuMessage(message: NuMessage, displayFile: (url: string) => string): string {
  const file = message.url ? displayFile(message.url) : '(checker)';
  const line = message.lastLine ?? message.firstLine;
  const where = line === undefined ? '' : `:${line}${message.firstColumn ? `:${message.firstColumn}` : ''}`;
  const extract = (message.extract ?? '').replace(/\s+/g, ' ').trim();
  return `${file}${where}  ${message.subType ?? message.type}: ${message.message}${extract ? `  ${extract}` : ''}`;
}

/** The oldest Java the checker runs on. */
export const JAVA_MAJOR = 17;

/** The major version a `java -version` banner names (`openjdk version "17.0.15"`, `"1.8.0_392"` is 8). */
export function javaMajor(banner: string): number | null {
  const version = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  if (!version) return null;
  const major = Number(version[1]);
  return major === 1 && version[2] ? Number(version[2]) : major;
}

/** A Java the checker can run on: `$JAVA_HOME/bin/java`, else `java` on the path; null if neither is recent enough. */
export function findJava(): string | null {
  const candidates = [process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : null, 'java'];
  for (const java of candidates) {
    if (java === null || (java.includes('/') && !existsSync(java))) continue;
    const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (run.status !== 0) continue;
    const major = javaMajor(`${run.stderr}${run.stdout}`);
    if (major !== null && major >= JAVA_MAJOR) return java;
  }
  return null;
}
