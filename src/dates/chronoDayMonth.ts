import type { ChronoDayBefore } from './ChronoDayBefore.ts';
import type { ChronoPartRead } from './ChronoPartRead.ts';
import { dayOfPastCount } from './countBeforeDate.ts';
import { dayOfYearsAgoLead } from './dayOfYearsAgoLead.ts';
import { deadlineStillAhead } from './deadlineStillAhead.ts';
import { dayOpenedBy, endOfDay } from './endOfDay.ts';
import { fromListed } from './fromListed.ts';
import { isJournalIssueDay } from './isJournalIssueDay.ts';
import { isYearBoundaryDay } from './isYearBoundaryDay.ts';
import { midnightAfterDayEndsIt } from './midnightAfterDayEndsIt.ts';
import { midnightEndsDay, midnightEndsExtension } from './midnightEndsDay.ts';
import { midnightOfDeadline } from './midnightOfDeadline.ts';
import { dayMonthByTense } from './monthByTense.ts';
import { pad } from './parseChrono.ts';
import { planDayAfterPastStory } from './planDayAfterPastStory.ts';
import { closesEveningOfSameDay, writtenDayOfSecondEnd } from './rangeEnds.ts';
import { storyDay } from './storyDay.ts';
import { stretchStart } from './stretchStart.ts';
import { verbBefore } from './verbBefore.ts';
import { weekdayDateLead } from './weekdayDateLead.ts';

// "midnight on Dec. 1", "midnight March 15": a midnight named before its calendar day.
const MIDNIGHT_BEFORE_DAY = /^midnight\s+(?:on\s+)?(?:the\s+)?\S/i;

/**
 * A day and month chrono read: its day (`value`), the midnight that ends it where one is named
 * (`midnight`), and whether it took its year from the dated one `listed` before it. The day is
 * what a range's second end goes on from (`dayOf`); a weekday's lead before it joins its words.
 */
export function chronoDayMonth(
  read: ChronoPartRead,
  listed: ChronoDayBefore | undefined,
): { value: string; midnight: string | undefined; takesListYear: boolean } {
  const { text, part, span } = read;
  const day = dayMonthValue(read, listed);
  const midnight = dayMonthMidnight(read, day.value);
  const value = midnight ? midnight.slice(0, 10) : day.value;
  read.dayOf.set(part, midnight ? dayOpenedBy(midnight) : value);
  // "this coming Sunday, March eighth": the lead of the weekday written with its date.
  if (read.has('weekday'))
    span.start -= weekdayDateLead(
      text.slice(Math.max(0, span.start - 20), span.start),
      text.slice(span.start, span.end),
    );
  return { value, midnight, takesListYear: day.takesListYear };
}

/** The day a day and month name, and whether it took its year from the day listed before it. */
function dayMonthValue(
  read: ChronoPartRead,
  listed: ChronoDayBefore | undefined,
): { value: string; takesListYear: boolean } {
  const { text, part, published, tense } = read;
  const { start, end } = read.span;
  // The year too is the written day's: chrono's moved end may hold the next year's.
  const written = writtenDayOfSecondEnd(text, part) ?? part.components;
  const month = written.get('month')!;
  const day = written.get('day')!;
  const hasYear = written.isCertain('year');
  const near = fromListed(text, listed, start, month, day, published);
  const from = part.from && read.dayOf.get(part.from);
  const told = !hasYear && !from && !near && dayOfYearTold(read, month, day);
  if (told) return { value: told, takesListYear: false };
  const journalIssue = isJournalIssueDay(text, start, end);
  let value = hasYear
    ? `${written.get('year')}-${pad(month)}-${pad(day)}`
    : !from && near
      ? // "on Dec. 30, 2023 and Jan. 2": the day nearest the one listed before it.
        near
      : from
        ? // "held on April 24 and 25", "Dec. 30 to Jan. 2", "brought forward from March 20 to
          // March 12": a range's second day with no year of its own is the one nearest
          // the first; the tense and the verb before the first ("was held") are the first
          // day's to weigh, not the second's.
          dayMonthByTense(month, day, from.slice(0, 10), 'unknown')
        : journalIssue
          ? // "published in the July 22 issue of JAMA", said on July 20: the nearest such
            // day, whatever the verb before it; only the tense may move it, when the nearest
            // is more than three months on its wrong side ("was published in the June 10
            // issue of Science", said in January, is last June's).
            dayMonthByTense(month, day, published, tense())
          : storyDay(
              text,
              start,
              published,
              tense(),
              // "The ship left Southampton on 2 April. It was to dock on 14 April": the plan is
              // of the story told just before.
              planDayAfterPastStory(
                text,
                start,
                published,
                dayMonthByTense(
                  month,
                  day,
                  published,
                  tense(),
                  verbBefore(text, stretchStart(text, start, end), end, tense()),
                ),
              ),
            );
  // "The deal was signed three days before March 15", told on March 10: the deed counted from
  // the day is gone by, so the day is the one such a count back from lies before publication.
  if (!read.has('year') && !from && !near && tense() === 'past' && !journalIssue)
    value = dayOfPastCount(text, start, value, published);
  return { value, takesListYear: Boolean(near && !from && !hasYear) };
}

/**
 * A day and month with no year of its own nor a day listed before it to take one from, whose
 * words tell which year it is of: "Apple, whose fiscal year ends Sept. 30, …", the day a body's
 * year ends on, is any year's (isYearBoundaryDay); "Two years ago, Oct. 19 became Black Monday" is
 * the day of the year the count goes back to (dayOfYearsAgoLead); "June 30 became the deadline under
 * a law passed two years ago, and lawmakers now want to delay it" is the deadline still to come
 * (deadlineStillAhead).
 */
function dayOfYearTold(read: ChronoPartRead, month: number, day: number): string | undefined {
  const { text, published } = read;
  const { start, end } = read.span;
  if (isYearBoundaryDay(text, start, end)) return `XXXX-${pad(month)}-${pad(day)}`;
  const told = { text, start, end, month, day, published };
  return dayOfYearsAgoLead(told) ?? deadlineStillAhead(told);
}

/**
 * "The offer ends at midnight on Dec. 1": after a verb of ending, the midnight that ends the
 * day, as after a weekday (midnightEndsDay); a calendar day's midnight opens it otherwise.
 * So is the midnight that closes a stretch of hours opened by a clock of the same evening
 * ("Voting hours were extended from 10 p.m. to midnight March 3"): it comes after the first
 * clock, at the end of the day, not at its start before it.
 */
function dayMonthMidnight(read: ChronoPartRead, value: string): string | undefined {
  const { text, part, published, timeml } = read;
  const { start, end } = read.span;
  if (
    !read.has('hour') ||
    !(
      (MIDNIGHT_BEFORE_DAY.test(text.slice(start, end)) &&
        (midnightEndsDay(text, start) ||
          midnightOfDeadline(text, start, end) ||
          closesEveningOfSameDay(part))) ||
      midnightAfterDayEndsIt(text, start, end)
    )
  )
    return undefined;
  const evening = closesEveningOfSameDay(part);
  // An extension told in the past still runs to the end of its day ("The ban was extended
  // to midnight March 5"): the past dates the extending, not the midnight.
  const keepStart =
    !evening &&
    read.tense() === 'past' &&
    value >= published.slice(0, 10) &&
    !midnightEndsExtension(text, start) &&
    !midnightOfDeadline(text, start, end);
  return endOfDay(value, { timeml, keepStart });
}
