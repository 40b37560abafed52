import { bareWordOfDay } from './sunPartOfDay.ts';

/**
 * "by lunchtime", "until lunchtime", "by teatime": a part of the day named by a meal after a
 * preposition, with no day of its own, is on the day the story is on, as "by dusk" is (the same
 * tests, in readRelatives): "The FTSE 100 was down 45 points by lunchtime in London", said on 12
 * March 2026, is "lunchtime" `2026-03-12` in both readings (was unread); "Sterling had slipped half
 * a cent by lunchtime" alike. TimeML has no part of the day for a meal, so it is the day, as "at
 * lunchtime on Friday" is the Friday.
 *
 * Not one with a day after it ("at lunchtime on Friday": the day reads it), nor, as the caller
 * asks for the sun's words too, a habit or a schedule ("The pub opens at lunchtime", "used to eat
 * at lunchtime"): a clause not in the past needs a modal. Not after "at", the preposition of a
 * meal's habit wherever the clause's tense is ("Ms Hart, who eats at her desk at lunchtime, said
 * …", "Staff could no longer leave the building at lunchtime").
 */
export const BARE_MEAL_TIME = bareWordOfDay(
  'lunchtime|lunch-time|teatime',
  '[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Tt]owards?',
);
