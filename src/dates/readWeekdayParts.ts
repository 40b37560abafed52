import { PART_OF_DAY, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { publishedSetReading } from './publishedSetReading.ts';
import type { Pass } from './Reading.ts';
import { NUMBER_SOURCE } from './readNumber.ts';

// "weekday mornings", "weekday evenings", "weeknights": a part of every working day. Only the
// plural, which tells the habit ("a weekday morning" may be one), not a count of them ("on two
// weeknights last week" are those nights), and not a compound before a noun ("weekday-morning
// traffic").
const WEEKDAY_PARTS = new RegExp(
  String.raw`(?<!\b(?:${NUMBER_SOURCE}|several|few|those|these)\s+)\b(?:weekday\s+(${PART_OF_DAY_SOURCE})s|week(night)s)\b(?![-'’])`,
  'gi',
);

/**
 * A part of every weekday, in both readings: "The help line is staffed on weekday mornings" is
 * the SET `XXXX-WXX-WDTMO`, as "every weekday morning" is and as "on Saturday mornings" is
 * `XXXX-WXX-6TMO`; "Buses run less often on weeknights" is `XXXX-WXX-WDTNI`.
 *
 * @example
 * // [{ start: 28, end: 44, … }]: "weekday mornings", XXXX-WXX-WDTMO
 * readWeekdayParts('The help line is staffed on weekday mornings.', { published: '2025-01-08', locale: 'en-US' });
 */
export const readWeekdayParts: Pass = (text, { published }) =>
  [...text.matchAll(WEEKDAY_PARTS)].map((m) => {
    const part = PART_OF_DAY[(m[1] ?? m[2]!).toLowerCase()]!;
    return publishedSetReading(m.index, m.index + m[0].length, `XXXX-WXX-WDT${part}`, published);
  });
