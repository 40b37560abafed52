import { z } from 'zod/mini';
import type { Mention } from '../model/mention.ts';
import { Locale } from '../model/temporal.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { findMentions } from './findMentions.ts';
import {
  describeDateIssue,
  describeJsonKind,
  type DateIssue,
  type JsonlFieldProblem,
} from './messages.ts';

const JsonlInput = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  published: z.string(),
  locale: z._default(Locale, 'en-US'),
});

export type JsonlOutput =
  | { id: string | number | null; mentions: Mention[] }
  | { id: string | number | null; error: string };

const failed = (id: string | number | null, issue: DateIssue): JsonlOutput => ({
  id,
  error: describeDateIssue(issue),
});

/**
 * One line of batch mode: `{"id","text","published","locale"}` in, `{"id","mentions"}` out, or
 * `{"id","error"}` when the line cannot be read (an empty line included), so one bad line never
 * stops the others and output line N always answers input line N.
 */
export function resolveJsonlLine(line: string, lineNumber: number): JsonlOutput {
  if (line.trim() === '') return failed(null, { code: 'jsonl-empty-line', line: lineNumber });
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return failed(null, { code: 'jsonl-not-json', line: lineNumber });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return failed(null, {
      code: 'jsonl-not-object',
      line: lineNumber,
      found: describeJsonKind(json),
    });
  }
  const rawId = (json as { id?: unknown }).id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const parsed = JsonlInput.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue): JsonlFieldProblem => {
      const field = issue.path[0] as JsonlFieldProblem['field'];
      return { field, missing: (json as Record<string, unknown>)[field] === undefined };
    });
    return failed(id, { code: 'jsonl-bad-fields', line: lineNumber, fields });
  }
  try {
    return { id, mentions: findMentions(parsed.data.text, parsed.data) };
  } catch (error) {
    if (error instanceof DateResolutionError)
      return failed(id, { code: 'jsonl-line', line: lineNumber, issue: error.issue });
    throw error;
  }
}
