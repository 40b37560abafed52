import { addYears, differenceInCalendarDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { wordTags } from './wordTags.ts';
import { planToldWithin } from './planToldBefore.ts';

// A plan told in the past before its day, as `PLAN_TOLD_BEFORE` takes it but with up to five words
// of its own between ("was to play its first game there on March 6"): a story's plan is told
// with its place and its object.
const STORY_PLAN_BEFORE = planToldWithin(5);
/** How many days ahead a plan's day may lie and still be read as the one to come. */
const PLAN_AHEAD_DAYS = 92;
// A day and month named in the sentence before: the story's own dated past.
const DAY_OF_MONTH = new RegExp(
  String.raw`\b(?:(\d{1,2})\s+(${MONTH_WORD_SOURCE})|(${MONTH_WORD_SOURCE})\.?\s+(\d{1,2})\b)`,
  'i',
);

/**
 * Whether the story's day ("left Southampton on 2 April") comes no later in the year than the
 * plan's (14 April): a plan is told after its story starts. "The deal was signed on 3 October. It
 * was to take effect on 1 February." is a plan for the February to come, not the one before the
 * deal.
 */
function storyDayNoLater(sentence: string, day: Date): boolean {
  const found = DAY_OF_MONTH.exec(sentence);
  if (!found) return false;
  const month = monthNumber(found[2] ?? found[3] ?? '');
  const date = Number(found[1] ?? found[4]);
  return month * 100 + date <= (day.getMonth() + 1) * 100 + day.getDate();
}
// What tells the sentence before is no plain past: a future, a modal or a plan of its own.
const NOT_PAST = /\b(?:will|would|is|are|am|shall|can|may|must)\b/i;

/**
 * "The ship left Southampton on 2 April. It was to dock in New York on 14 April.", said on 16
 * November 2005: a plan told in the past a few words before its day, after a
 * sentence that tells a deed gone by on a day and month of its own, is of that story, so its day
 * is not one more than three months ahead of publication but the one a year before (2005-04-14,
 * not 2006-04-14). A plan told after a saying or a schedule ("The line will open on 2 April. It
 * was to open on 14 April.") or standing alone keeps its reading. `value` is the day as read;
 * returns it, or the story's day.
 */
export function planDayAfterPastStory(
  text: string,
  start: number,
  published: string,
  value: string,
): string {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return value;
  if (!STORY_PLAN_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return value;
  const day = toLocalDate(value);
  if (differenceInCalendarDays(day, toLocalDate(published)) <= PLAN_AHEAD_DAYS) return value;
  const opens = sentenceStartAt(text, start);
  if (opens === 0) return value;
  const before = sentenceStartAt(text, opens - 1);
  const sentence = text.slice(before, opens);
  if (!storyDayNoLater(sentence, day) || NOT_PAST.test(sentence)) return value;
  const past = [...wordTags(text, before, opens).values()].some((tags) => tags.has('PastTense'));
  return past ? toCalendarDate(addYears(day, -1)) : value;
}
