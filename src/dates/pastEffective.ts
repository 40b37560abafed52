/**
 * A past of "effective" ending the words before a date: "The rule was effective Jan. 1", "The law
 * became effective Jan. 1", "The cuts had been effective from March". "effective" right before a
 * date looks ahead ("effective Jan. 1", "is effective Jan. 1"); after "was", "were", "became" or
 * "had been" it tells a date gone by, as "took effect Jan. 1" does.
 *
 * @example PAST_EFFECTIVE.test('The law became effective ') // true
 */
export const PAST_EFFECTIVE =
  /\b(?:was|were|became|had\s+been)\s+(?:\w+ly\s+)?effective\s+(?:on\s+|from\s+|as\s+of\s+)?$/i;
