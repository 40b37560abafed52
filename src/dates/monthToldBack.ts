import { toLocalDate } from './calendarDate.ts';
import { MONTH_NAME_CAPITALISED_SOURCE, monthNumber } from './monthNames.ts';
import { PARENTHETICAL_REPORTING_VERBS } from './reportingVerbs.ts';

// A fall or a month named back from publication: "Last October", "last November", "In
// September", "Last fall", "in the autumn". The month is capitalised ("last may" is no month), and
// no day or year follows it ("in October 1988" is another year's, "in Oct. 15" a day's).
const TIME_BACK = String.raw`([Ll]ast|[Ii]n)\s+(?:(?:the\s+)?(fall|autumn)\b|(${MONTH_NAME_CAPITALISED_SOURCE}|Sept|Sep|Oct|Nov|Dec)\b(?!\.?\s*\d))`;
// It tells when the expectation was told only opening the sentence before its comma ("Last
// October, retailers said …") or right after the verb of saying ("Retailers said last October
// that …"); elsewhere it is another thing's time ("Retailers, which plan to open 40 stores in
// September, said …"; "Last October's market drop hurt sales, but retailers said …").
const OPENING_TOLD = new RegExp(String.raw`^\s*${TIME_BACK}\s*,`);
const SAID_TOLD = new RegExp(
  String.raw`\b(?:${[...PARENTHETICAL_REPORTING_VERBS, 'forecast'].join('|')})\s+${TIME_BACK}`,
  'g',
);
// The month a fall is taken to open in: September, the first of its three months.
const FALL_OPENS = 9;

/**
 * The first day of the fall or month named back from publication in `before` (the sentence up to
 * a feast) as the time a saying was told, opening the sentence or right after the verb of saying:
 * "last October", said on 10 September 1990, is October 1989, the latest October before the month
 * of publication; "In September", said on 14 November 1989, is September 1989, the latest on or
 * before it; "last fall" is the fall of the year before, unless said in December, when the fall
 * just ended is meant. Undefined when none is named so.
 *
 * @example monthToldBack('Last October, retailers said they expected a strong ', '1990-09-10') // 1989-10-01
 */
export function monthToldBack(before: string, published: string): Date | undefined {
  const found = [...before.matchAll(SAID_TOLD)].at(-1) ?? OPENING_TOLD.exec(before);
  if (!found) return undefined;
  const pub = toLocalDate(published);
  const pubMonth = pub.getMonth() + 1;
  const last = found[1]!.toLowerCase() === 'last';
  const month = found[2] ? FALL_OPENS : monthNumber(found[3]!);
  // "last" is the latest before the month of publication and "in" the latest on or before it; a
  // fall named "last" is gone by only once the fall is over: in December it is this year's.
  const thisYears = last ? (found[2] ? pubMonth === 12 : month < pubMonth) : month <= pubMonth;
  return new Date(pub.getFullYear() - (thisYears ? 0 : 1), month - 1, 1);
}
