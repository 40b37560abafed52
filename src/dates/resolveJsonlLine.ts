import { z } from 'zod';
import type { Mention } from '../model/mention.ts';
import { Locale } from '../model/temporal.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { findMentions } from './findMentions.ts';
import { describeDateIssue } from './messages.ts';

const JsonlInput = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  published: z.string(),
  locale: Locale.default('en-US'),
});

export type JsonlOutput =
  | { id: string | number | null; mentions: Mention[] }
  | { id: string | number | null; error: string };

/**
 * One line of batch mode: `{"id","text","published","locale"}` in, `{"id","mentions"}` out, or
 * `{"id","error"}` when the line cannot be read, so one bad line never stops the others.
 */
export function resolveJsonlLine(line: string, lineNumber: number): JsonlOutput {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return {
      id: null,
      error: describeDateIssue({
        code: 'bad-jsonl-line',
        line: lineNumber,
        reason: 'found text that is not JSON',
      }),
    };
  }
  const rawId = (json as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const parsed = JsonlInput.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues
      .map((issue) => issue.path.join('.') || 'the line')
      .join(', ');
    return {
      id,
      error: describeDateIssue({
        code: 'bad-jsonl-line',
        line: lineNumber,
        reason: `found a missing or wrong ${fields}`,
      }),
    };
  }
  try {
    return { id, mentions: findMentions(parsed.data.text, parsed.data) };
  } catch (error) {
    if (error instanceof DateResolutionError)
      return { id, error: `line ${lineNumber}: ${error.message}` };
    throw error;
  }
}
