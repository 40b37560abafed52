import { findOccurrences } from '../anchor/findOccurrences.ts';
import type { DateWords, Passage } from '../model/editorApi.ts';
import type { EditorRefusal } from './EditorRefusal.ts';

/** Grows context from the quote outwards, a character at a time, then to a whole word. */
function shortestContext(
  text: string,
  starts: number[],
  start: number,
  length: number,
  side: 'prefix' | 'suffix',
): string {
  const fits = (at: number, context: string) =>
    side === 'prefix'
      ? text.slice(0, at).endsWith(context)
      : text.slice(at + length).startsWith(context);
  const room = side === 'prefix' ? start : text.length - start - length;
  for (let n = 1; n <= room; n++) {
    const context =
      side === 'prefix'
        ? text.slice(start - n, start)
        : text.slice(start + length, start + length + n);
    if (starts.filter((at) => fits(at, context)).length !== 1) continue;
    // Finish the word, so the context reads as words ("on Friday", not "ay").
    let m = n;
    if (side === 'prefix') while (m < room && /\S/.test(text[start - m - 1]!)) m++;
    else while (m < room && /\S/.test(text[start + length + m]!)) m++;
    return side === 'prefix'
      ? text.slice(start - m, start)
      : text.slice(start + length, start + length + m);
  }
  return side === 'prefix' ? text.slice(0, start) : text.slice(start + length);
}

/**
 * A selection in an article made into evidence: the quote is exactly the selected text (white
 * space at its edges left out), and where those words occur more than once the shorter of a
 * prefix or a suffix that picks this occurrence is set. The date expressions that stand wholly
 * inside the quote, once each, are offered as its `when`.
 */
export function describePassage(
  source: string,
  text: string,
  selection: { start: number; end: number },
  dateWords: DateWords[],
): { ok: true; passage: Passage } | { ok: false; refusal: EditorRefusal } {
  let { start, end } = selection;
  end = Math.min(end, text.length);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) {
    return {
      ok: false,
      refusal: { code: 'empty-passage', source, start: selection.start, end: selection.end },
    };
  }
  const quote = text.slice(start, end);
  const starts = findOccurrences(text, quote);
  const expressions = [
    ...new Set(
      dateWords
        .filter((words) => words.start >= start && words.end <= end)
        .map((words) => words.text)
        .filter((words) => findOccurrences(quote, words).length === 1),
    ),
  ];
  if (starts.length === 1) return { ok: true, passage: { source, quote, expressions } };
  const prefix = shortestContext(text, starts, start, quote.length, 'prefix');
  const suffix = shortestContext(text, starts, start, quote.length, 'suffix');
  const context =
    suffix.length > 0 && (prefix.length === 0 || suffix.length < prefix.length)
      ? { suffix }
      : { prefix };
  return { ok: true, passage: { source, quote, ...context, expressions } };
}
