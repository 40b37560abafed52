import { FEAST_EVENT_SOURCE } from './feastEvents.ts';

// "had been due to run on", "was scheduled to open on", "were set for": a plan told in the past,
// its verb then up to six words of the plan in the same clause, then the time. The plan's day
// may be the coming one ("No trains had been due to run on Boxing Day", said on Dec. 18) or the
// one gone by, so the past of its telling does not say which.
const PAST_PLAN_BEFORE =
  /\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|supposed|meant|planned)\s+(?:to\s+[a-z]+(?:\s+[\w'’-]+){0,5}?\s+(?:on|for|over|at)|for)\s+(?:the\s+)?$/i;
// "A sales record was set for Christmas Eve trading": a record, a high or a low set is a deed done,
// not a plan.
const DEED_SET_BEFORE =
  /\b(?:records?|highs?|lows?|bests?|benchmarks?|precedents?)\s+(?:was|were|had\s+been)\s+set\s+for\s+(?:the\s+)?$/i;
// "was scheduled to sail on Christmas Day but never did", "but it did not": a plan that the same
// clause says never came off, so its day is gone by.
const NEVER_CAME_OFF_AFTER =
  /^[^.;!?]*?\bbut\s+(?:(?:it|they|he|she)\s+)?(?:never|did\s+not|didn['’]t)\b/i;

// "New Year's Eve festivities were planned for Times Square", "Christmas Eve services were
// scheduled at 10 p.m.": the day's events named right after it, then told as planned, perhaps after
// where they are held ("in Times Square").
const PLANNED_AFTER = new RegExp(
  String.raw`^\s+(?:${FEAST_EVENT_SOURCE}|parades?|concerts?|services|events|galas?|ceremon(?:y|ies)|masses|dinners?)\s+(?:(?:in|at)\s+(?:[\w'’.-]+\s+){1,3})?(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:being\s+)?(?:planned|scheduled|slated|set\s+(?:to|for))\b`,
  'i',
);

/**
 * Whether the time starting at `start` is the day of a plan told in the past ("No trains had been
 * due to run on Boxing Day", "The match was scheduled for Christmas Eve"), or of the day's events
 * named after it (`end` given: "New Year's Eve festivities were planned"): not a deed done ("No
 * trains ran on Boxing Day"), nor a plan that is only reported made ("said it planned"), nor one
 * the clause says never came off ("but never did").
 */
export function pastPlanFor(text: string, start: number, end?: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const planned =
    (PAST_PLAN_BEFORE.test(before) && !DEED_SET_BEFORE.test(before)) ||
    (end !== undefined && PLANNED_AFTER.test(text.slice(end, end + 90)));
  return planned && !NEVER_CAME_OFF_AFTER.test(text.slice(start, start + 160));
}
