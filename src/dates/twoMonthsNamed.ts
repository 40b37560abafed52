import type { Mention } from '../model/mention.ts';
import { MONTH_NAME_CAPITALISED_SOURCE } from './monthNames.ts';

// A month's full name alone, with a capital ("January", not "Jan" nor "may").
const MONTH_NAME_ALONE = new RegExp(`^(?:${MONTH_NAME_CAPITALISED_SOURCE})$`);

/**
 * Whether two mentions are each a month named alone ("January to March", "April through June"):
 * two ends of a stretch that need no "from", as two dates with their days need none ("the price
 * cap for January to March" is one stretch of three months). Weekdays still want one ("Monday to
 * Friday" may be a move), and a month in figures or with its year is a date already.
 *
 * @example
 * const month = (text: string) => ({ text, granularity: 'month' as const });
 * twoMonthsNamed(month('January'), month('March')) // true
 */
export function twoMonthsNamed(
  a: Pick<Mention, 'text' | 'granularity'>,
  b: Pick<Mention, 'text' | 'granularity'>,
): boolean {
  return (
    a.granularity === 'month' &&
    b.granularity === 'month' &&
    MONTH_NAME_ALONE.test(a.text) &&
    MONTH_NAME_ALONE.test(b.text)
  );
}
