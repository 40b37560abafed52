import { DEED_AFTER_ARTICLE } from './deedAfterArticle.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// Rites staged on a day, which "after a" brings in as often ahead as gone by ("will be buried
// after a funeral on Friday"); the staged events, spans and rests are left out of the deed already.
const RITE = 'funeral|memorial|wedding|vigil|procession|inquest|christening|wake';
// Checks and counts a decision waits on, as often still to come ("will confirm the signing after a
// medical on Friday", "Results will be announced after a recount on Friday").
const PROCEDURE = 'medical|consultation|recount|count|inspection|examination|audit|inquiry|probe';
const WORD = "[\\w'’-]+";
// The deed, a short phrase of where or in what after it ("in training", "at Cheltenham"), then the
// day's preposition.
const DEED_BEFORE_DAY = new RegExp(
  `${DEED_AFTER_ARTICLE}(?:\\s+(?:at|in|during|against|with|near|outside)(?:\\s+${WORD}){1,3}?)?\\s+on\\s+$`,
  'i',
);
const AHEAD_NOUN = new RegExp(`\\b(?:${RITE}|${PROCEDURE})s?\\b`, 'i');
// The weekday, with the "on" a reading may start at.
const WEEKDAY = new RegExp(`^(on\\s+)?${WEEKDAY_PATTERN}$`, 'i');
// Far enough back for "after a", two words, the deed and a short phrase.
const REACH = 80;

/**
 * Whether the weekday at `start`..`end` is the day of a deed brought in by "after a" or "following
 * an", in a sentence told ahead: "The defender will miss Saturday's game after a knock on
 * Wednesday", "Smith will miss Friday's match following an ankle injury on Monday", "The forward
 * could miss Sunday's cup tie after a collision in training on Monday". The deed is what led to
 * what is looked ahead to, so it is gone by, though "will" or "could" tells the sentence ahead
 * (said on a Friday, the Wednesday gone by). Not a staged event, a span of time or rest ("will fly
 * to Madrid after a training session on Friday", "after a long flight on Friday": the days to
 * come), nor a rite ("will be buried after a funeral on Friday") or a check a decision waits on
 * ("will confirm the signing after a medical on Friday").
 *
 * @example deedDayGoneBy('He will miss the game after a knock on Wednesday.', 38, 47) // true
 */
export function deedDayGoneBy(text: string, start: number, end: number): boolean {
  const day = WEEKDAY.exec(text.slice(start, end));
  if (!day) return false;
  const at = start + (day[1]?.length ?? 0);
  const before = DEED_BEFORE_DAY.exec(text.slice(Math.max(0, at - REACH), at));
  return before !== null && !AHEAD_NOUN.test(before[0]);
}
