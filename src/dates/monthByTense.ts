import { addMonths, addYears, differenceInCalendarDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { pad } from './parseChrono.ts';
import type { Tense } from './tenseAround.ts';
import type { Modifier } from './weekdayByTense.ts';

/**
 * The year of a month named without one: the latest such month on or before the publication
 * month when the sentence is past (or says nothing), the next on or after it when it speaks of
 * the future. "last March" / "next March" are strictly before / after the publication month,
 * "this March" is the one of the publication year. A month a thing is put off to ("was postponed
 * to April", `verbBefore` "ahead") comes after the putting off: the nearest such month gone by
 * one month at most, whatever the tense (so "postponed to February" in March is this February,
 * "to January" next January).
 *
 * @returns the TIMEX month, e.g. `2025-07`
 */
export function monthByTense(
  month: number,
  published: string,
  tense: Tense,
  modifier?: Modifier,
  verbBefore?: VerbBefore,
): string {
  const pub = toLocalDate(published);
  const pubMonth = pub.getMonth() + 1;
  let year = pub.getFullYear();
  if (verbBefore === 'ahead' && modifier === undefined) {
    const ahead = addMonths(new Date(year, pubMonth - 1), ((month - pubMonth + 13) % 12) - 1);
    return `${ahead.getFullYear()}-${pad(month)}`;
  }
  if (modifier === 'last') year -= month >= pubMonth ? 1 : 0;
  else if (modifier === 'next') year += month <= pubMonth ? 1 : 0;
  else if (modifier === 'this') return `${year}-${pad(month)}`;
  else if (tense === 'future') year += month < pubMonth ? 1 : 0;
  else year -= month > pubMonth ? 1 : 0;
  return `${year}-${pad(month)}`;
}

/**
 * What a verb right before a day and month says of it: gone by ("ended Jan. 31"), a schedule in
 * the present ("takes effect Jan. 1"), one in the future ("will expire Feb. 28"), or an
 * expectation told in reported speech ("said it expected to complete the sale by Dec. 31").
 */
export type VerbBefore = 'past' | 'ahead' | 'will' | 'reported';

/** How many days gone a day after a verb of schedule may be and still be the one just gone. */
const SCHEDULE_GONE_DAYS = 31;
/**
 * How many days gone the deadline of an expectation told in reported speech may be and still be
 * read ahead: a week, in which the saying can hardly be of the day just gone. Further back, the
 * saying is told from before the day, which is the deadline meant.
 */
const REPORTED_GONE_DAYS = 7;

/**
 * The year of a day and month named without one ("Aug. 8", "6/8"): the nearest such day to
 * publication, since news speaks of days close at hand; the tense only overrules it when that
 * day is more than three months on the wrong side ("the vote on Dec. 20" said in past tense in
 * September). Closer than that, the tense cues of a sentence are too weak to outweigh nearness:
 * "a hearing on Feb. 10" in a January article is next month's, whatever verbs stand around it.
 * A verb right before the day is nearer still: a past one ("ended Jan. 31") puts the day before
 * publication, one of schedule ("takes effect Jan. 1", "expires Feb. 28") on or after it unless
 * the day is gone by a month at most, and one of schedule after "will" on or after it always.
 */
export function dayMonthByTense(
  month: number,
  day: number,
  published: string,
  tense: Tense,
  verbBefore?: VerbBefore,
): string {
  const pub = toLocalDate(published);
  const candidates = [-1, 0, 1].map((years) =>
    addYears(new Date(pub.getFullYear(), month - 1, day), years),
  );
  const distance = (d: Date) => differenceInCalendarDays(d, pub);
  let chosen = candidates.reduce((a, b) => (Math.abs(distance(b)) < Math.abs(distance(a)) ? b : a));
  if (tense === 'past' && distance(chosen) > 92) chosen = addYears(chosen, -1);
  // "the fiscal year ended Jan. 31", "died Oct. 2": a past verb right before the day puts it
  // before publication, however near the next such day is.
  if (verbBefore === 'past' && distance(chosen) > 0) chosen = addYears(chosen, -1);
  // "The law takes effect on Jan. 1" in March: a day gone by more than a month this year is next
  // year's. Nearer, it is the one just gone: news tells of a deadline or an opening of the last
  // days or weeks in the same present ("The ceasefire expires on March 1" two days on, "The
  // exhibit, which opens March 5, drew crowds"), while a yearly date a month or more behind is
  // one still to come. The tense of the date's own clause cannot tell the two apart (it is the
  // present of schedule in both), so only the distance does.
  if (verbBefore === 'ahead' && distance(chosen) < -SCHEDULE_GONE_DAYS)
    chosen = addYears(chosen, 1);
  // "The lease will expire Feb. 28" cannot be of a day gone, however near.
  if (verbBefore === 'will' && distance(chosen) < 0) chosen = addYears(chosen, 1);
  // "The company said it expected to complete the sale by Dec. 31", said on 3 January 1990: next
  // Dec. 31; "…by Oct. 31", said on 20 November 1989, the one gone by (REPORTED_GONE_DAYS).
  if (verbBefore === 'reported' && distance(chosen) < 0 && distance(chosen) >= -REPORTED_GONE_DAYS)
    chosen = addYears(chosen, 1);
  if (tense === 'future' && distance(chosen) < -92) chosen = addYears(chosen, 1);
  return toCalendarDate(chosen);
}
