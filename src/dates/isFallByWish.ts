import { sentenceAround } from './tenseAround.ts';
import { isWishHeldFor } from './wishAheadFor.ts';

// "by" right before "the fall": the deadline a wish is held for.
const BY_BEFORE = /\bby\s+$/i;

/**
 * Whether "the fall" after "by" is the deadline of a wish or need held now, the season: "The
 * company wants the plant running by the fall", "The district needs the new buses on the road by
 * the fall" (said in February 2026, `2026-FA`). The guards are `wishAheadFor`'s (isWishHeldFor):
 * not a wish told in the past ("wanted the plant running by the fall"), nor what befell ("needs
 * surgery after being injured by the fall"), nor the noun "needs". `start` and `end` are the
 * mention's ("the fall").
 *
 * @example isFallByWish('The firm wants the plant running by the fall.', 36, 44) // true
 */
export function isFallByWish(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return BY_BEFORE.test(before) && isWishHeldFor(before, after);
}
