import { findOccurrences } from './findOccurrences.ts';
import { nearestPassage } from './nearestPassage.ts';
import { quoteContext } from './quoteContext.ts';

/** What an author writes to point at a passage: the exact words, and context where needed. */
export type QuoteTarget = { quote: string; prefix?: string; suffix?: string };

/** Where a quote sits in the text, with the context kept for re-anchoring. */
export type Anchor = {
  start: number;
  end: number;
  /** Always `text.slice(start, end)`: after re-anchoring it is the text as it now stands. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Set when the quote was found only approximately (the text changed under it). */
  reanchored?: { authored: string; errors: number };
};

/** Why a quote could not be anchored, as data; wording is produced by the dataset's messages. */
export type AnchorFailure =
  | { code: 'not-found'; quote: string; nearest: string | null }
  | { code: 'ambiguous'; quote: string; occurrences: { start: number; context: string }[] }
  | { code: 'context-mismatch'; quote: string; occurrences: { start: number; context: string }[] };

export class AnchorError extends Error {
  constructor(readonly failure: AnchorFailure) {
    super(`${failure.code}: ${failure.quote}`);
    this.name = 'AnchorError';
  }
}

/**
 * The share of a quote's characters that may differ before an approximate match stops counting
 * as the same passage. Hypothesis accepts up to half; a publisher's correction changes a word or
 * two, so anything looser is more likely a different passage and is refused instead.
 */
export const REANCHOR_ERROR_RATE = 0.1;

function contextAround(text: string, start: number, end: number): string {
  const { prefix, suffix } = quoteContext(text, start, end, 20);
  return `…${prefix}[${text.slice(start, end)}]${suffix}…`;
}

/**
 * Finds `target.quote` in `text`. An exact match that is unique (or made unique by the given
 * prefix and suffix) is taken as is. With no exact match and `reanchor` set (the text is known to
 * have changed since the quote was written), a close approximate match is taken and flagged as
 * re-anchored. Anything else throws an AnchorError that says what was found instead: when the text
 * has not changed, a near miss is the author's typo, not a correction, and must be fixed.
 *
 * @example
 * anchorQuote('Putin met Witkoff on Wednesday.', { quote: 'on Wednesday' })
 * //=> { start: 18, end: 30, quote: 'on Wednesday', prefix: 'Putin met Witkoff ', suffix: '.' }
 */
export function anchorQuote(
  text: string,
  target: QuoteTarget,
  { reanchor = false }: { reanchor?: boolean } = {},
): Anchor {
  const { quote, prefix, suffix } = target;
  const all = findOccurrences(text, quote);
  const fitting = all.filter(
    (start) =>
      (prefix === undefined || text.slice(0, start).endsWith(prefix)) &&
      (suffix === undefined || text.slice(start + quote.length).startsWith(suffix)),
  );
  const describe = (starts: number[]) =>
    starts.map((start) => ({ start, context: contextAround(text, start, start + quote.length) }));

  if (fitting.length === 1) {
    const start = fitting[0]!;
    const end = start + quote.length;
    return { start, end, quote, ...quoteContext(text, start, end) };
  }
  if (fitting.length > 1)
    throw new AnchorError({ code: 'ambiguous', quote, occurrences: describe(fitting) });
  if (all.length > 0) {
    throw new AnchorError({ code: 'context-mismatch', quote, occurrences: describe(all) });
  }

  const close = reanchor
    ? nearestPassage(text, quote, Math.floor(quote.length * REANCHOR_ERROR_RATE))
    : null;
  if (close !== null && close.errors > 0) {
    return {
      start: close.start,
      end: close.end,
      quote: close.text,
      ...quoteContext(text, close.start, close.end),
      reanchored: { authored: quote, errors: close.errors },
    };
  }
  const nearest = nearestPassage(text, quote);
  throw new AnchorError({ code: 'not-found', quote, nearest: nearest?.text ?? null });
}
