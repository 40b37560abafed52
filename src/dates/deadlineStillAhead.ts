import type { DayMonthAt } from './DayMonthAt.ts';
import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { pad } from './parseChrono.ts';
import { sentenceAround } from './tenseAround.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { SEASON_PATTERN } from './seasonNames.ts';

// The day, opening its sentence, made a deadline in the past: "June 30 became the deadline",
// "Oct. 1 became the filing deadline", "Sept. 30 was set as the cutoff", "Dec. 31 was made the
// deadline"; or the day a rule takes effect, which banks must be ready by as by a deadline ("July
// 1 became the effective date").
const MADE_DEADLINE_AFTER =
  /^\s*(?:became|was\s+(?:set|made|named|chosen)(?:\s+as)?)\s+(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:deadline|cutoff|cut-off|target\s+date|due\s+date|effective\s+date)\b/i;
// A past time right after the made deadline dates the day itself, gone by ("July 1 became the
// effective date last year, and banks say they are ready"); a time further on belongs to
// something else ("under a law passed two years ago").
const MADE_WHEN_GONE = new RegExp(
  String.raw`^\s*(?:last\s+(?:year|month|week|${SEASON_PATTERN}|${MONTH_WORD_SOURCE})|(?:a|an|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?)\s+ago|in\s+(?:19|20)\d\d)\b`,
  'i',
);
// Then, after ", and", a clause that speaks of the deadline as still to come, in the present or
// the future: "…, and lawmakers now want to delay it", "…, and regulators say they cannot meet
// it", "…, and banks are still not ready", "…, and many will miss it".
const STILL_AHEAD_AND =
  /,\s*and\s+(?:[\w'’-]+\s+){0,3}?(?:now|still|will|won[’']t|cannot|can[’']t|say|says|want|wants|need|needs|hope|hopes|plan|plans|expect|expects|is|are)\b(?<rest>[^.;!?]*)/i;
// A past in that clause tells what came of it ("…, and most banks met it"): left to the tense.
const PAST_IN_CLAUSE = /\b(?:met|missed|was|were|had|did)\b/i;

/**
 * A day and month opening its sentence that "became" a deadline, told with a clause after ", and"
 * in the present or the future of what is still to be done about it ("June 30 became the deadline
 * under a law passed two years ago, and lawmakers now want to delay it", said on 10 May 1990): the
 * deadline is still to come, the next such day when it is nearer than the one gone by
 * (`1990-06-30`), not the one the past "became" reckons back to. `undefined` otherwise: a day
 * just gone by ("Oct. 19 became the deadline for the offer, and analysts say the bid is dead", said on 25
 * October 1989), "March 1 became the deadline under a law passed two years ago, and most banks met
 * it", "Two years ago, Oct. 19 became Black Monday".
 *
 * @example
 * deadlineStillAhead({
 *   text: 'June 30 became the deadline, and lawmakers now want to delay it.',
 *   start: 0,
 *   end: 7,
 *   month: 6,
 *   day: 30,
 *   published: '1990-05-10',
 * })
 * // '1990-06-30'
 */
export function deadlineStillAhead({
  text,
  start,
  end,
  month,
  day,
  published,
}: DayMonthAt): string | undefined {
  const { before, after } = sentenceAround(text, start, end);
  const made = MADE_DEADLINE_AFTER.exec(after);
  if (before.trim() !== '' || !made) return undefined;
  if (MADE_WHEN_GONE.test(after.slice(made[0].length))) return undefined;
  const ahead = STILL_AHEAD_AND.exec(after);
  if (!ahead || PAST_IN_CLAUSE.test(ahead.groups!.rest!)) return undefined;
  const pub = toLocalDate(published);
  const year = pub.getFullYear();
  const back = -differenceInCalendarDays(new Date(year, month - 1, day), pub);
  if (back <= 0) return `${year}-${pad(month)}-${pad(day)}`;
  // A day gone by this year is next year's only when that one is nearer ("Jan. 1 …, and banks are
  // still not ready", said on 14 November 1989); nearer back, it is the deadline just passed ("Oct.
  // 19 became the deadline for the offer, and analysts say the bid is dead", said on 25 October
  // 1989), left to the tense.
  const toNext = differenceInCalendarDays(new Date(year + 1, month - 1, day), pub);
  return toNext < back ? `${year + 1}-${pad(month)}-${pad(day)}` : undefined;
}
