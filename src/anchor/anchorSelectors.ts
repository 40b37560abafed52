import { anchorQuote, AnchorError } from './anchorQuote.ts';
import { toUtf16Offset } from './codePointOffsets.ts';

/** The two W3C selectors an annotation carries for a passage; positions in code points. */
export type PassageSelectors = {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
};

/** Where the selectors put the passage (UTF-16 offsets), and which selector found it. */
export type SelectedPassage = { start: number; end: number; by: 'position' | 'quote' };

/**
 * Finds the passage that W3C selectors describe, as an annotation client would: the stored
 * position first, accepted only when the text there is still the quote; otherwise the quote
 * itself, narrowed by its prefix and suffix. `null` when neither finds exactly one passage.
 *
 * @example
 * anchorSelectors('Putin met Witkoff.', {
 *   quote: { exact: 'Witkoff', prefix: 'met ', suffix: '.' },
 *   position: { start: 10, end: 17 },
 * }) // { start: 10, end: 17, by: 'position' }
 */
export function anchorSelectors(text: string, selectors: PassageSelectors): SelectedPassage | null {
  const { quote, position } = selectors;
  const start = toUtf16Offset(text, position.start);
  const end = toUtf16Offset(text, position.end);
  if (start !== null && end !== null && text.slice(start, end) === quote.exact) {
    return { start, end, by: 'position' };
  }
  const contexts = [
    { prefix: quote.prefix, suffix: quote.suffix },
    { prefix: quote.prefix },
    { suffix: quote.suffix },
    {},
  ];
  // Context that was cut at the start or end of the text may no longer fit once the text
  // moves; try it whole, then each side alone, then the quote with no context at all.
  for (const context of contexts) {
    try {
      const found = anchorQuote(text, { quote: quote.exact, ...context });
      return { start: found.start, end: found.end, by: 'quote' };
    } catch (error) {
      if (!(error instanceof AnchorError)) throw error;
    }
  }
  return null;
}
