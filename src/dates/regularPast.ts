/**
 * The words in "-ed" that are no past: verbs whose own stem ends so ("need", "feed", "speed",
 * "proceed", "succeed", "exceed", "bleed", "breed", "seed", "embed", "heed", "shred") and nouns or
 * adjectives ("the Fed", "red", "a hundred", "bed", "shed", "deed", "indeed", "greed", "sacred").
 * "Fed" is left out whatever its case: the past of "feed" is rare in the news, the Federal Reserve
 * is not.
 */
const NOT_PAST =
  'need|feed|speed|proceed|succeed|exceed|bleed|breed|seed|embed|heed|shred|fed|red|hundred|bed|shed|sled|deed|indeed|creed|greed|weed|reed|steed|tweed|kindred|hatred|sacred|naked|wicked|wretched|rugged|ragged';

/**
 * A regular past: a word in "-ed" ("rose" is `IRREGULAR_PAST`'s), not one of the words in "-ed"
 * that are no past ("the Fed", "red", "a hundred", "need"). A pattern source for the tense rules,
 * to be set between word boundaries and matched without regard to case.
 *
 * @example new RegExp(`\\b${REGULAR_PAST}\\b`, 'i').test('the Fed') // false
 */
export const REGULAR_PAST = regularPastOfStem(1);

/**
 * `REGULAR_PAST` with at least `least` letters before its "-ed", for a rule that must not take a
 * short word: with two, "led" and "wed" are none; with three, neither are "used", "aged" or
 * "owed". A pattern source, matched as `REGULAR_PAST` is.
 *
 * @example new RegExp(`^${regularPastOfStem(3)}$`).test('used') // false
 */
export function regularPastOfStem(least: number): string {
  return String.raw`(?:(?!(?:${NOT_PAST})\b)[a-z]{${least},}ed)`;
}
