// "had been due to run on", "was scheduled to open on", "were set for": a plan told in the past,
// its verb then up to six words of the plan in the same clause, then the time. The plan's day
// may be the coming one ("No trains had been due to run on Boxing Day", said on Dec. 18) or the
// one gone by, so the past of its telling does not say which.
const PAST_PLAN_BEFORE =
  /\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|supposed|meant|planned)\s+(?:to\s+[a-z]+(?:\s+[\w'’-]+){0,5}?\s+(?:on|for|over|at)|for)\s+(?:the\s+)?$/i;

/**
 * Whether the time starting at `start` is the day of a plan told in the past ("No trains had been
 * due to run on Boxing Day", "The match was scheduled for Christmas Eve"): not a deed done ("No
 * trains ran on Boxing Day"), nor a plan that is only reported made ("said it planned").
 */
export function pastPlanFor(text: string, start: number): boolean {
  return PAST_PLAN_BEFORE.test(text.slice(Math.max(0, start - 90), start));
}
