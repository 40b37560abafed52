import { MODALS } from './modals.ts';
import { REGULAR_PAST } from './regularPast.ts';

// A present perfect after the half, in its own clause, a few words between: "the second half has
// been better", "Sales in the second half have started strongly". Not after a modal ("would have
// been", "should have started"): a half judged from after its end.
const PRESENT_PERFECT_AFTER = new RegExp(
  String.raw`^(?:\s+[\w'’-]+){0,4}?\s+(?<!\b(?:${MODALS}|to)\s+(?:\w+ly\s+)?)(?:has|have)\s+(?:(?:\w+ly|so\s+far|not|also)\s+)?(?:been|begun|seen|shown|brought|got|gotten|made|had|done|${REGULAR_PAST})\b`,
  'i',
);

/**
 * Whether the words after a half of the year told in its own half are a present perfect, which
 * tells the half so far: "Trading in the second half has been better than expected", said on 19
 * August 2026, is the half under way (`2026-H2`), where the perfect, read as a past, had put it a
 * year back as a half too new to be reported (`2025-H2`); "Sales in the second half have started
 * strongly" alike. The caller asks that the half be the one under way: "Sales in the second half
 * have been weak", said in January, is still the half just ended. `after` is the text after the
 * half.
 *
 * Not a modal before the perfect ("would have been better"), nor a perfect more than four words
 * on.
 *
 * @example halfUnderWayPerfect(' has been better than expected') // true
 */
export function halfUnderWayPerfect(after: string): boolean {
  const clause = after.slice(0, after.search(/[.;:!?,]|$/));
  return PRESENT_PERFECT_AFTER.test(clause);
}
