import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// An owner or "the" right before the month: "its March dividend", "the April meeting".
const OWNER_BEFORE = /\b(?:its|the|their|his|her|our)\s+$/i;
// A thing paid or held in the month, up to two words between ("March quarterly dividend"), then
// what it will do or is expected to: "dividend will be announced", "meeting is scheduled to".
const THING_AHEAD_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:dividends?|payouts?|payments?|distributions?|meetings?|auctions?|offerings?|deadline)\s+(?:will|(?:is|are)\s+(?:(?:widely|also)\s+)?(?:expected|scheduled|due|set|likely|slated)\s+to)\b/i;

// How many months ahead of publication the month may come for its thing's "will" to turn it: a
// thing of the month just gone by is still talked of in the future ("Shareholders who attended
// its April meeting will receive the shares", said in May; "the October auction will be
// remembered as a disaster", said in November), so only a month less than half a year ahead
// turns; one half a year off is as near gone by ("its March dividend will be restated", said in
// September), and keeps the tense (post-merge).
const AHEAD_MONTHS = 6;

/**
 * The tense to read a month named without a year by when it names a thing paid or held in it, told
 * with what that thing will do: "The company said its March dividend will be announced next
 * month", said on 15 January 1990, is the coming March (1990-03), where the "said" before it read
 * the March gone by. The thing's own "will" is the month's tense. Not a thing told in the past
 * ("said its March dividend was paid at the old rate"), nor a month before any other noun ("said
 * its March sales will be restated", the figures of a month gone by), nor a month whose coming one
 * is half a year off or more, most often the one just gone by ("its April meeting will", said
 * in May).
 *
 * @example ownedMonthThingAheadTense('said its ', ' dividend will be paid.', 3, '1990-01-15', 'past') // 'future'
 */
export const ownedMonthThingAheadTense: MonthTurner = (before, after, month, published, tense) =>
  tense === 'past' &&
  monthsAhead(month, published) < AHEAD_MONTHS &&
  OWNER_BEFORE.test(before) &&
  THING_AHEAD_AFTER.test(after)
    ? 'future'
    : tense;
