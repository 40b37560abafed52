import type { DateWords } from '../../model/editorApi.ts';

/**
 * The date expressions an editor may choose to date a quote by: those standing wholly inside the
 * quote's offsets in its article, once each, plus the one it is dated by now (even where the
 * resolver does not find it on its own).
 */
export function dateChoices(
  quote: { start: number; end: number; quote: string },
  words: DateWords[],
  current: string | undefined,
): string[] {
  const inside = words
    .filter((w) => w.start >= quote.start && w.end <= quote.end)
    .map((w) => w.text)
    .filter((text) => quote.quote.split(text).length === 2);
  return [...new Set([...(current ? [current] : []), ...inside])];
}
