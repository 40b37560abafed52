import { MODALS } from './modals.ts';
import { STATE } from './endsInPresentState.ts';

// A verb of keeping a state in the present or bare (after a modal, "won't" or "to"), the state,
// then at most a short phrase of what it is to or for, right before the date or its "on".
const STATE_KEPT = new RegExp(
  String.raw`(?:(?<!\b(?:that|which|who)\s+)\b(?:stays?|remains?)|\b(?:${MODALS}|to)\s+be\s+(?:kept|left)|\b(?:is|are)\s+(?:kept|left))\s+(?:(?:still|also|again|only)\s+)?(?:${STATE})(?:\s+(?:to|for)\s+[a-z]+)?\s+(?:on\s+)?$`,
  'i',
);

/**
 * Whether the words before a date end in a state kept in the present or ahead: "The museum will
 * stay closed on Christmas Day", said on Wednesday 23 December 2026, is `2026-12-25` (was last
 * Christmas, `2025-12-25`: "closed" was taken for a past verb), "The museum will remain closed on
 * Friday" the coming Friday, `2026-12-25` (was `2026-12-18`), "The shops will remain shut on Easter
 * Monday", "The office stays closed on Boxing Day", "Schools are to remain closed on Monday" alike.
 * The state is the one `endsInPresentState` reads after "is" ("closed", "shut", "open", "free",
 * "suspended", "in effect" …).
 *
 * Only "stay", "stays", "remain" and "remains" (bare after a modal, "won't" or "to", or in the
 * present), and "kept" or "left" after "is", "are" or a modal's "be": a past ("stayed closed on
 * Friday", "remained shut on Monday", "was kept closed") tells a state gone by. Not a present in a
 * relative clause, which names a kind of place, not a plan ("Shops that stay open on Boxing Day
 * report strong sales this year", said on 28 December, is the Boxing Day gone by).
 *
 * @example isStateKeptBefore('The museum will stay closed on ') // true
 */
export function isStateKeptBefore(before: string): boolean {
  return STATE_KEPT.test(before.slice(-120));
}
