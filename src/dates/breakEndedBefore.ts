import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "returns from its August recess", "back from the summer break", "after its October half-term":
// coming back from, or after, a break named by its month or season.
const FROM_BREAK = /\b(?:from|after)\s+(?:its|their|the|his|her|our)\s+$/i;
const BREAK_AFTER =
  /^(?:\s+(?:parliamentary|congressional|school|international|transfer|winter|summer|spring))?\s+(?:recess|break|holidays?|vacation|half[-\s]term|hiatus)\b/i;
// A nearer time right after the break, in its clause: "next week", "this weekend", "on Monday",
// "on 8 September", "tomorrow", a date by its day and month. Not a time a comma puts in a clause
// of its own ("After its August recess, the Senate will take up the bill on Monday").
const NEARER_AFTER = new RegExp(
  String.raw`^[^,;:.]{0,20}?\b(?:(?:next|this)\s+(?:week|weekend)|tomorrow|today|${WEEKDAY_PATTERN}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD_SOURCE}|${MONTH_WORD_SOURCE}\.?\s+\d{1,2}\b)`,
  'i',
);
// The month or season, with the "the" a season's reading may start at ("the summer").
const WORD = new RegExp(`^(the\\s+)?(?:${MONTH_WORD_SOURCE}|${SEASON_PATTERN})$`, 'i');

/**
 * Whether the month or season at `start`..`end` names a break that a nearer time after it comes
 * back from: "Congress returns from its August recess next week", "MPs return from the summer
 * recess on Monday", "The council meets again after its August recess on 8 September", said in
 * September. The break is over by that nearer time, so its month or season is the one gone by,
 * whatever tense the return is told in. Not a break with no nearer time right after it ("will vote
 * when it returns from its August recess", said in March, is the August to come), nor one that
 * begins ("The August recess begins next week").
 *
 * @example breakEndedBefore('Congress returns from its August recess next week.', 26, 32) // true
 */
export function breakEndedBefore(text: string, start: number, end: number): boolean {
  const word = WORD.exec(text.slice(start, end));
  if (!word) return false;
  const lead = `${text.slice(Math.max(0, start - 20), start)}${word[1] ?? ''}`;
  if (!FROM_BREAK.test(lead)) return false;
  const after = text.slice(end);
  const noun = BREAK_AFTER.exec(after);
  if (!noun) return false;
  const sentenceEnd = sentenceStartAt(text, start) + sentenceAt(text, start, end).length;
  return NEARER_AFTER.test(text.slice(end + noun[0].length, sentenceEnd));
}
