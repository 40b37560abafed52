import { HOURS_LOOKED_OVER } from './hoursLookedOver.ts';
import { isSlashedFigure } from './isSlashedFigure.ts';

// Chrono's "for" with an uncounted number of units ("for several months"), which is a length.
const VAGUE_LENGTH_AFTER_FOR =
  /^for\s+(?:several|a\s+few|few|many|a\s+couple\s+of)\s+(?:seconds|minutes|hours|days|weeks|months|years)$/i;
// "past 48 hrs", "the last hour", "within the coming hours": chrono's words for hours and minutes
// looked over from now.
const HOURS_WORDS = new RegExp(`^(?:(?:with)?in\\s+)?(?:the\\s+)?${HOURS_LOOKED_OVER}$`, 'i');
// "in" or "within", a count and the word after it, as chrono reads "in 5 minutes" (a bare "5 March"
// or "5pm" counts nothing): chrono takes its abbreviations ("mo", "mon") at the start of a longer
// word, so "in 1975 money" counts 1,975 months ahead.
const COUNT_THEN_WORD = /^(?:with)?in\s+\d[\d,.]*\s*([a-z]+)$/i;
// The words of time such a count may end in: chrono's units, their abbreviations and plurals.
const UNIT_WORD =
  /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mos?|mon|months?|qtrs?|quarters?|y|yrs?|years?)$/i;
// "for a second", "a second later": a moment.
const A_SECOND =
  /^(?:(?:for|in|within)\s+)?(?:a|one)\s+second(?:\s+(?:later|ago|earlier|before|after))?$/i;
// "weekend" after an article and at most one word ("a quiet weekend").
const WEEKEND = /^weekend$/i;
const ARTICLE_BEFORE = /\ban?\s+(?:[\w-]+\s+)?$/i;
const WEEKDAYS = /^(?:on\s+)?weekdays?$/i;
// "high noon", "the very last minute": idioms.
const NOON = /^noon$/i;
const HIGH_BEFORE = /\bhigh\s+$/i;
const LAST_MINUTE = /^last\s+minute$/i;
const THE_BEFORE = /\bthe\s+(?:very\s+)?$/i;
// "in the years", "in past years": plural units.
const PLURAL_UNITS =
  /^(?:in\s+)?(?:the\s+|(?:the\s+)?(?:past|last|next|coming)\s+)(?:days|weeks|months|years)$/i;

/**
 * Whether chrono's `words`, lying at `start` in `text`, count or name time without a date: a
 * moment, a weekend counted, any weekday, a length, an idiom, a figure, a count of no time.
 */
export function isChronoCountNoDate(text: string, words: string, start: number): boolean {
  // "for a second", "In a second", "A second later", "a second before answering": a moment, not
  // a clock time of the day.
  if (A_SECOND.test(words)) return true;
  // "After a weekend of talks", "a quiet weekend": a weekend counted, not named, is no date;
  // "its first weekend" after an opening is the weekend chrono takes it for.
  if (WEEKEND.test(words) && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    return true;
  // "on weekday afternoons", "the weekday schedule": any day of the working week, none named.
  if (WEEKDAYS.test(words)) return true;
  // "He stayed for several months", "had been drilling for a few weeks": chrono reads "for" and
  // an uncounted number of units as a date that many units ahead (several as seven), but it is
  // how long, a length (readDurations' vague count), in any tense.
  if (VAGUE_LENGTH_AFTER_FOR.test(words)) return true;
  // "high noon": the idiom, not a clock time.
  if (NOON.test(words) && HIGH_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return true;
  if (isSlashedFigure(text, start, words)) return true;
  // "the past 48 hrs", "the last hour", "the past several hours": hours looked back (or ahead)
  // over are a length of time (readDurations), not the day chrono counts them back to.
  if (HOURS_WORDS.test(words)) return true;
  // "$5 million in 1975 money", "In 5 money markets": a count ends in a word of time or is
  // no count of time (the year stays for readPrefixedYears and chrono's own year reading).
  const countWord = COUNT_THEN_WORD.exec(words)?.[1];
  if (countWord !== undefined && !UNIT_WORD.test(countWord)) return true;
  // "at the last minute", "the very last minute": the idiom, not a minute before publication.
  if (LAST_MINUTE.test(words) && THE_BEFORE.test(text.slice(Math.max(0, start - 10), start)))
    return true;
  // "in the years that followed", "in past years": plural units name no date.
  return PLURAL_UNITS.test(words);
}
