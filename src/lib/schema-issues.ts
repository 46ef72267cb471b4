/**
 * Turns a Zod error into the lines an editor reads: the field as written in
 * the file (`remedies[0].kind`) and what to write instead.
 */
import type { z } from 'astro/zod';

export type FieldIssue = { field: string; message: string };

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path) || '(entry)', message: issue.message }));
}
