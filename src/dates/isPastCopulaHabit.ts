import { IRREGULAR_PAST } from './irregularPast.ts';
import { PAST_PARTICIPLE_EN } from './pastParticipleEn.ts';
import { REGULAR_PAST } from './regularPast.ts';

// "was" or "were" right before the adverb ("Stores were usually busiest in December") or right
// after it ("Shoppers usually were thrifty in January").
const WAS_BEFORE = /\b(?:was|were)\s+$/i;
const WAS_AFTER = /^\s+(?:was|were)\b/i;
// The word after "was" or "were" and the adverb: a complement that tells a state, not a
// participle of a one-off or a deed to come ("The festival was always held in July, until it
// moved", "The outcome always was going to be decided in June", "was usually due in March"). A
// word in "-en" is a participle only if it is one of PAST_PARTICIPLE_EN's: "green" is a state.
const NOT_STATE = new RegExp(
  String.raw`^\s+(?:${REGULAR_PAST}|[a-z]+ing|${PAST_PARTICIPLE_EN}|${IRREGULAR_PAST}|going|about|to|not|never|due|set|expected|likely|supposed)\b`,
  'i',
);

/**
 * Whether an adverb of habit only ("usually", "always", "normally"…) standing at `index` of
 * `before`, whose text is `adverb`, joins a "was" or "were" that tells a state of the past as a
 * habit: "Shoppers usually were thrifty in January", "Stores in the mall were usually busiest in
 * December". Not a participle after them ("was always held in July", "always was going to be").
 */
export function isPastCopulaHabit(before: string, index: number, adverb: string): boolean {
  const rest = before.slice(index + adverb.length);
  if (WAS_BEFORE.test(before.slice(0, index))) return !NOT_STATE.test(rest);
  const after = WAS_AFTER.exec(rest);
  return after !== null && !NOT_STATE.test(rest.slice(after[0].length));
}
