import type { Offset, OffsetUnit } from '../model/mention.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// "Three weeks before ", "Two days before ": a count of days, weeks or months and "before",
// alone at the opening of the sentence. Not a span ("In the two weeks before"), whose end is the
// date itself, nor a count with no number ("A few weeks before").
const FRONTED_COUNT = new RegExp(
  String.raw`^\s*(${NUMBER_SOURCE})\s+(day|week|month)s?\s+before\s+$`,
  'i',
);

/**
 * The count back from the date at `start` when the count and "before" open its sentence ("Three
 * weeks before Easter, the church held a fundraiser"), as an offset back; undefined otherwise.
 *
 * @example frontedCountBefore('Three weeks before Easter, the church held a fundraiser.', 19)
 * // { amount: -3, unit: 'week' }
 */
export function frontedCountBefore(text: string, start: number): Offset | undefined {
  const count = FRONTED_COUNT.exec(text.slice(sentenceStartAt(text, start), start));
  const amount = count ? readNumber(count[1]!) : undefined;
  if (!count || amount === undefined || !Number.isInteger(amount)) return undefined;
  return { amount: -amount, unit: count[2]!.toLowerCase() as OffsetUnit };
}
