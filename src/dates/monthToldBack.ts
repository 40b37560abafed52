import { toLocalDate } from './calendarDate.ts';
import { MONTH_NAME_CAPITALISED_SOURCE, monthNumber } from './monthNames.ts';

// A fall or a month an expectation was told in, named back from publication: "Last October,",
// "said last November that", "In September,", "Last fall,", "in the autumn". The month is
// capitalised ("last may" is no month), and no day or year follows it ("in October 1988" is
// another year's, "in Oct. 15" a day's).
const TOLD_BACK = new RegExp(
  String.raw`\b([Ll]ast|[Ii]n)\s+(?:(?:the\s+)?(fall|autumn)\b|(${MONTH_NAME_CAPITALISED_SOURCE}|Sept|Sep|Oct|Nov|Dec)\b(?!\.?\s*\d))`,
  'g',
);
// The month a fall is taken to open in: September, the first of its three months.
const FALL_OPENS = 9;

/**
 * The first day of the fall or month named back from publication in `before` (the sentence up to
 * a feast), the last one named: "last October", said on 10 September 1990, is October 1989, the
 * latest October before the month of publication; "In September", said on 14 November 1989, is
 * September 1989, the latest on or before it; "last fall" is the fall of the year before, unless
 * said in December, when the fall just ended is meant. Undefined when none is named.
 *
 * @example monthToldBack('Last October, retailers said they expected a strong ', '1990-09-10') // 1989-10-01
 */
export function monthToldBack(before: string, published: string): Date | undefined {
  const found = [...before.matchAll(TOLD_BACK)].at(-1);
  if (!found) return undefined;
  const pub = toLocalDate(published);
  const pubMonth = pub.getMonth() + 1;
  const last = found[1]!.toLowerCase() === 'last';
  const month = found[2] ? FALL_OPENS : monthNumber(found[3]!);
  // A fall named "last" is gone by only once the fall is over: in December it is this year's.
  const thisYears = found[2]
    ? last
      ? pubMonth === 12
      : pubMonth >= FALL_OPENS
    : last
      ? month < pubMonth
      : month <= pubMonth;
  return new Date(pub.getFullYear() - (thisYears ? 0 : 1), month - 1, 1);
}
