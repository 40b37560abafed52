/** How much context either side of a quote is kept, as Hypothesis keeps it. */
export const CONTEXT_LENGTH = 32;

/** The text just before and just after `text.slice(start, end)`, for re-anchoring later. */
export function quoteContext(
  text: string,
  start: number,
  end: number,
  length = CONTEXT_LENGTH,
): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, start - length), start),
    suffix: text.slice(end, end + length),
  };
}
