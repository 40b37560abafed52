import search from 'approx-string-match';

export type Passage = { start: number; end: number; errors: number; text: string };

/**
 * The passage of `text` closest to `quote` by edit distance (Myers' algorithm), or null when
 * nothing is within `maxErrors`. Ties go to the earliest passage so the answer is stable.
 */
export function nearestPassage(
  text: string,
  quote: string,
  maxErrors = Math.ceil(quote.length / 2),
): Passage | null {
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const best = matches.reduce((a, b) =>
    b.errors < a.errors || (b.errors === a.errors && b.start < a.start) ? b : a,
  );
  return { ...best, text: text.slice(best.start, best.end) };
}
