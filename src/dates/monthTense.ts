import { breakBeforeReturnDay } from './breakBeforeReturnDay.ts';
import { changedDeadlineMonthTense } from './changedDeadlineMonthTense.ts';
import { counterfactualCauseMonthTense } from './counterfactualCauseMonthTense.ts';
import { electionMonthTense } from './electionMonthTense.ts';
import { expectedMonthTense } from './expectedMonthTense.ts';
import { invertedConditionMonthTense } from './invertedConditionMonthTense.ts';
import { levelMonthTense } from './levelMonthTense.ts';
import { openConditionMonthTense } from './openConditionMonthTense.ts';
import { outlookMonthTense } from './outlookMonthTense.ts';
import { ownedMonthThingAheadTense } from './ownedMonthThingAheadTense.ts';
import { pendingConditionMonthTense } from './pendingConditionMonthTense.ts';
import { presentChangeMonthTense } from './presentChangeMonthTense.ts';
import { priceListMonthTense } from './priceListMonthTense.ts';
import { closingMonthTense } from './quarterEndedIn.ts';
import { reportedMonthTense } from './reportedMonthTense.ts';
import { scheduledEventMonthTense } from './scheduledEventMonthTense.ts';
import { sentenceAround, type Tense } from './tenseAround.ts';
import { yearlyBreakMonthTense } from './yearlyBreakMonthTense.ts';

/**
 * The tense a month named without a year is read by: its clause's `tense`, turned by a present of
 * change before it ("The price cap rises in January"), a present of outlook in a clause of its own
 * ("Sales fell in November and January looks worse"), a cause whose absence is weighed ("Were it
 * not for the October slide, the fund would be up"), a past perfect of expectation ("had expected
 * rates to stay on hold until December"), a month of figures reported ("The data for October will
 * be released"), a month dating a market's level ("could test its January lows"), a month closing
 * the quarter before it ("the quarter ending in December"), a deadline's month changed in the
 * passive ("The May deadline was extended"), an election named by its month ("looking ahead to the
 * November elections"), a month whose prices a producer sets ("raised its April prices"), a yearly
 * break's month in a present of no tense ("The May half-term falls a week later this year") and a
 * break's month come back from on a day named by its day and month ("returns from its August
 * recess on September 8"), asked in that order; each passes the tense on where it does not apply.
 */
export function monthTense(
  text: string,
  start: number,
  end: number,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  const { before, after } = sentenceAround(text, start, end);
  // The `n` characters before the month, or after it, that a turner reads.
  const charsBefore = (n: number) => text.slice(Math.max(0, start - n), start);
  const charsAfter = (n: number) => text.slice(end, end + n);
  // Each turner in turn, each passing on the tense where it does not apply.
  let turned = presentChangeMonthTense(before, after, month, published, tense);
  turned = scheduledEventMonthTense(before, after, month, published, turned);
  turned = outlookMonthTense(before, after, month, published, turned);
  turned = pendingConditionMonthTense(before, after, month, published, turned);
  turned = openConditionMonthTense(before, after, month, published, turned);
  turned = invertedConditionMonthTense(before, after, month, published, turned);
  turned = counterfactualCauseMonthTense(before, after, month, published, turned);
  turned = expectedMonthTense(charsBefore(300), charsAfter(140), month, published, turned);
  // "said its March dividend will be announced": the thing's own "will" is the month's.
  turned = ownedMonthThingAheadTense(charsBefore(20), charsAfter(80), month, published, turned);
  // A month of figures is read with its own words: "October retail sales".
  const withMonth = text.slice(start, start + 60);
  turned = reportedMonthTense(charsBefore(30), withMonth, month, published, turned);
  turned = levelMonthTense(charsBefore(30), charsAfter(40), month, published, turned);
  turned = closingMonthTense(charsBefore(40), month, published, turned);
  turned = changedDeadlineMonthTense(after, month, published, turned);
  turned = electionMonthTense(charsBefore(40), charsAfter(40), month, published, turned);
  turned = priceListMonthTense(charsBefore(60), charsAfter(40), month, published, turned);
  turned = yearlyBreakMonthTense(charsBefore(20), charsAfter(40), month, published, turned);
  return breakBeforeReturnDay(text, start, end, month, published, turned);
}
