import { bareWordOfDay } from './sunPartOfDay.ts';

// "Volunteers worked from morning till evening, clearing the snow": the span of a whole day, of no one day.
const NOT_FROM_MORNING = String.raw`(?<!\bfrom\s+morning\s+)`;

/**
 * "by evening", "until evening", "by afternoon": a later part of the day, bare, after a deadline's
 * preposition, with no day of its own, is on the day the story is on, as "by dusk" is (the same
 * tests, in readRelatives): "Snow showers will ease, with clearer skies by evening", said on 6
 * January 2026, is "evening" `2026-01-06` (TimeML `2026-01-06TEV`; was unread); "The crowds had
 * thinned by evening" alike. Not "morning" ("clearing by morning", said by day, is the next one, and
 * said at night the same day), nor one with a day after it ("by evening on Friday": the day reads
 * it), nor after "at", "after", "before" or "around" ("The bells were rung at evening"), nor, as
 * for the sun's words, a habit or a schedule ("The office closes by evening"): a clause not in the
 * past needs a modal. Nor the whole day's span "from morning till evening" ("Volunteers worked from
 * morning till evening, clearing the snow").
 */
export const BARE_DAY_PART = bareWordOfDay(
  'afternoon|evening',
  `[Bb]y|${NOT_FROM_MORNING}(?:[Uu]ntil|[Tt]ill)|[Tt]owards?`,
);
