/**
 * The hand-written JSON data files (guides, forms, personas): read one, validate it with its zod
 * schema, and stop the start with one error naming the file and the path of every bad field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/** A file as an error shows it: relative to the working directory. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * One file's JSON; `what` ("guides", "forms") begins the error. A file that cannot be read is
 * reported the same way, unless `readErrors: 'as-is'` (the caller listed the folder first, so an
 * fs error is worth showing unchanged).
 */
export function readJsonFile(file: string, what: string, options: { readErrors?: 'wrapped' | 'as-is' } = {}): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    if (options.readErrors === 'as-is') throw e;
    throw new Error(`${what}: cannot read ${shownPath(file)}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    throw new Error(`${what}: ${shownPath(file)} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A zod issue path as `a.b[0].c`, or `(root)`. */
export function formatIssuePath(issuePath: ReadonlyArray<PropertyKey>): string {
  const out = issuePath.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return out.startsWith('.') ? out.slice(1) : out || '(root)';
}

/** Parses with `schema` or throws one error ("invalid `kind` data in `file`") naming the path of every bad field. */
export function parseDataFile<T extends z.ZodType>(schema: T, data: unknown, kind: string, file: string): z.output<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${formatIssuePath(issue.path)}: ${issue.message}`);
  throw new Error(`invalid ${kind} data in ${file}:\n${lines.join('\n')}`);
}
