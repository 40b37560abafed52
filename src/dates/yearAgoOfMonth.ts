import type { Reading } from './Reading.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A month's TIMEX value ("2004-05"): what a year-on-year figure of a month compares with.
const MONTH_VALUE = /^\d{4}-\d{2}$/;
// The words of a year-on-year base right before the count: "rose 4% in May from a year ago",
// "compared with a year ago", "higher than a year ago". Not "more than a year ago" (an
// approximate count back from publication) nor "from" of a place ("moved from Boston a year ago",
// where "from" does not stand right before the count).
const BASE_BEFORE =
  /\b(?:from|versus|vs\.|compared\s+(?:with|to)|(?:higher|lower|up|down|above|below|better|worse)\s+than)\s+$/i;

/**
 * `read`, a count of years back from publication ("a year ago"), as the month named before it in
 * its sentence moved back by the count when the words are the base of a year-on-year comparison:
 * "Exports rose 4% in May from a year ago" compares May with May a year before, as "a year
 * earlier" after a month does, and as "a year ago" after a quarter does. Anywhere else it stays a
 * count back from publication ("Sales rose in May. A year ago, the firm was losing money").
 */
export function yearAgoOfMonth(text: string, read: Reading): Reading {
  if (!BASE_BEFORE.test(text.slice(Math.max(0, read.start - 30), read.start))) return read;
  const opens = sentenceStartAt(text, read.start);
  return {
    ...read,
    resolve: (context) => {
      const { anaphoric } = context;
      const named =
        anaphoric.source.kind === 'mention' &&
        anaphoric.source.start >= opens &&
        MONTH_VALUE.test(anaphoric.value);
      return named ? read.resolve({ ...context, deictic: anaphoric }) : read.resolve(context);
    },
  };
}
