/**
 * A plan told in the past right before its day, a few words of its own between ("was to meet on",
 * "were due to vote in Leeds on", "was scheduled to close on"), its verb not "have" ("was to have
 * met" came to nothing).
 */
export const PLAN_TOLD_BEFORE = planToldWithin(3);

/**
 * `PLAN_TOLD_BEFORE` with up to `words` words of the plan's own between its verb and its day
 * ("was to play its first game there on" has five).
 */
export function planToldWithin(words: number): RegExp {
  return new RegExp(
    String.raw`\b(?:was|were)\s+(?:(?:due|set|scheduled)\s+)?to\s+(?!have\b)[a-z]+\s+(?:[\w'’-]+\s+){0,${words}}?(?:on\s+)?$`,
    'i',
  );
}
