import { addDays, getDay } from 'date-fns';
import type { ChronoDayBefore } from './ChronoDayBefore.ts';
import type { ChronoPartRead } from './ChronoPartRead.ts';
import { aheadInThisWeek } from './aheadInThisWeek.ts';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { CLOCK_ZONE } from './clockZone.ts';
import { datelineToldFrom } from './datelineToldFrom.ts';
import { dayOpenedBy, endOfDay } from './endOfDay.ts';
import { isDatelineUnchangedDeed } from './isDatelineUnchangedDeed.ts';
import { isJournalIssueDay } from './isJournalIssueDay.ts';
import { isLengthCountedFrom } from './isLengthCountedFrom.ts';
import { midnightAfterDayEndsIt } from './midnightAfterDayEndsIt.ts';
import { midnightOfDeadline } from './midnightOfDeadline.ts';
import { midnightOfIntent } from './midnightOfIntent.ts';
import { MODIFIER_WORD } from './modifierWord.ts';
import { originalPlanAside } from './originalPlanAside.ts';
import { planToldPast } from './planToldPast.ts';
import { clockRange } from './rangeEnds.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';
import { sentenceAround } from './tenseAround.ts';
import { opensWithTwelveAtNight } from './twelveAtNight.ts';
import {
  expectedDayNear,
  nearestWeekday,
  weekdayByTense,
  type Modifier,
} from './weekdayByTense.ts';
import { WEEKDAY_IN_WORDS, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { wouldAsideAheadThisWeek } from './wouldAsideAheadThisWeek.ts';

const WEEKDAY_MODIFIER = new RegExp(`\\b(${MODIFIER_WORD})\\s+(?:on\\s+)?\\w+day\\b`);
const WEEKDAY_LEAD = /\b(?:this\s+)?coming\s+$|\bthis\s+$/i;
// "a week ago Tuesday", "two weeks from Monday", "Tuesday week": a weekday moved by whole weeks,
// back from the last such day or on from the coming one; "Monday fortnight" moves it two weeks.
const WEEKS_FROM_WEEKDAY = new RegExp(
  `\\b(${NUMBER_SOURCE})\\s+(weeks?|fortnights?)\\s+(?:(ago|from|on)\\s+)?(?:on\\s+)?$`,
  'i',
);
// "a week on Tuesday" after "for", "after", "within", "over", "up" or "down", or as the object of
// a verb of reaching ("marks a week on Tuesday"), is how long, and the weekday its own day
// ("jailed for a fortnight on Tuesday").
const LENGTH_BEFORE_COUNT =
  /\b(?:for|after|within|over|in|up|down|marks?|marked|reach(?:es|ed)?|enter(?:s|ed)?|hits?)\s+$/i;
// Only "a week" and "a fortnight" are counted on from the weekday after them ("a week on
// Tuesday"): "two weeks on Tuesday" is nearly always how long, with the weekday its day.
const ONE_COUNT_ON = /^a$/i;
// A fortnight is two weeks.
const weeksIn = (unit: string) => (/^fortnight/i.test(unit) ? 2 : 1);
const WEEK_AFTER_WEEKDAY =
  /^\s+(week|fortnight)\b(?![-'’]|\s+(?:of|long|old|and|or|in|to|ago|earlier|later|before|after)\b)/i;
// "midnight Friday", "midnight on Friday": a midnight named before its weekday, with its zone
// between them or not ("at midnight EST Friday", a deadline as the Journal writes it).
const MIDNIGHT_BEFORE_WEEKDAY = new RegExp(
  `^midnight\\s+(?:${CLOCK_ZONE}\\s+)?(?:on\\s+)?(?:${WEEKDAY_PATTERN})\\b`,
  'i',
);
// "by Thursday midnight", "until Friday midnight": the weekday first and its midnight right after
// it is the one that ends it too, as TimeBank writes "midnight Friday" (`…T24`); "Friday at
// midnight" is midnightAfterDayEndsIt's.
const WEEKDAY_BEFORE_MIDNIGHT = new RegExp(`^(?:${WEEKDAY_PATTERN})\\s+midnight$`, 'i');
// "Oct. 11, 1998, a Sunday", "March 3, a Monday": a weekday set beside the date it names.
const APPOSED = /\d,?\s+an?\s+$/i;

/**
 * A weekday chrono read with no day and month: its day (`value`), moved by the weeks counted
 * with it, the midnight that ends it where one is named (`midnight`), the weekday it only tells
 * of an anaphoric date it is set beside (`apposed`), and its rank. "this past Sunday", "this
 * coming Monday", "coming Monday": the modifier belongs to the expression, as "last" and "next" do.
 */
export function chronoWeekday(
  read: ChronoPartRead,
  dayGoneBy: ChronoDayBefore | undefined,
): { value: string; midnight: string | undefined; apposed: number | undefined; priority: number } {
  const { text, part, span } = read;
  const lead = WEEKDAY_LEAD.exec(text.slice(Math.max(0, span.start - 20), span.start));
  if (lead) span.start -= lead[0].length;
  const weeks = weeksFromWeekday(read);
  // "on Oct. 11, 1998, a Sunday": the weekday only says which day of the week the date was.
  const apposed =
    weeks === 0 && APPOSED.test(text.slice(Math.max(0, span.start - 12), span.start))
      ? part.components.get('weekday')!
      : undefined;
  const weekdayRead = weekdayDay(read, weeks, dayGoneBy);
  const { plan } = weekdayRead;
  const morrow = weeks === 0 && !plan ? morrowOfDatelineDeed(read) : undefined;
  const day = morrow ?? weekdayRead.day;
  let value = weeks === 0 ? day : shiftTimex(day, { amount: weeks, unit: 'week' });
  const midnight = weeks === 0 ? weekdayMidnight(read, value, plan, !!morrow) : undefined;
  if (midnight) value = midnight.slice(0, 10);
  // A weekday's clock time is what a stretch of hours' second end goes on from (clockRange).
  if (read.has('hour')) read.dayOf.set(part, midnight ? dayOpenedBy(midnight) : value);
  // It outranks "a week ago" read alone, which would name the week, not the day.
  return { value, midnight, apposed, priority: weeks !== 0 ? 4 : 1 };
}

/**
 * "BOSTON (AP) -- Verizon workers walked off the job at midnight Saturday", said on Friday 4
 * August 2000: a deed told in the past (or with a verb whose past is its present, "set up picket
 * lines") under a wire's dateline at the midnight of the weekday
 * after publication is the night the dateline's day ended, its news, and that midnight opened
 * the next day; the same weekday six days gone would be told with "last" or a date. The day
 * after publication, or undefined where the sentence has no dateline, no past, no midnight
 * before its weekday, or another weekday.
 */
function morrowOfDatelineDeed(read: ChronoPartRead): string | undefined {
  const { text, part, published, tense } = read;
  const { start, end } = read.span;
  const morrow = addDays(toLocalDate(published.slice(0, 10)), 1);
  if (
    getDay(morrow) !== part.components.get('weekday') ||
    !MIDNIGHT_BEFORE_WEEKDAY.test(text.slice(start, end)) ||
    datelineToldFrom(text, start) === undefined ||
    (tense() !== 'past' && !isDatelineUnchangedDeed(text, start))
  )
    return undefined;
  const around = sentenceAround(text, start, end);
  // Another weekday in the sentence: the story tells of more than one day ("Workers who walked
  // out at midnight Saturday went back Friday").
  if (WEEKDAY_IN_WORDS.test(around.before) || WEEKDAY_IN_WORDS.test(around.after)) return undefined;
  return toCalendarDate(morrow);
}

/**
 * The weeks a weekday is moved by ("a week on Tuesday", "two weeks from Monday", "Tuesday
 * week"), its words taken into the span; 0 where none are counted.
 */
function weeksFromWeekday(read: ChronoPartRead): number {
  const { text, span } = read;
  const counted = WEEKS_FROM_WEEKDAY.exec(text.slice(Math.max(0, span.start - 40), span.start));
  // A count right before the weekday counts it on only with "on" and a single week or
  // fortnight ("a week on Tuesday"), and not after "for" ("jailed for a week on Tuesday") or
  // in a past clause ("The talks collapsed a week on Thursday"): there the count is how long
  // and the weekday its day. "ago" and "from" count any number ("two weeks from Monday"),
  // "from" not where the count is how long ("closed for three weeks from Monday").
  const countsOn =
    counted &&
    (counted[3] || /^on\s/i.test(text.slice(span.start, span.end))) &&
    (/^ago$/i.test(counted[3] ?? '') ||
      (/^from$/i.test(counted[3] ?? '') &&
        !isLengthCountedFrom(text, span.start - counted[0].length, span.end)) ||
      (ONE_COUNT_ON.test(counted[1]!) &&
        !LENGTH_BEFORE_COUNT.test(text.slice(0, span.start - counted[0].length)) &&
        read.tense() !== 'past'));
  const round = countsOn ? counted : null;
  const after = WEEK_AFTER_WEEKDAY.exec(text.slice(span.end));
  // "a week on Tuesday", "a fortnight on Monday": British for that many weeks after the coming
  // such day, as "two weeks from Monday" is.
  const count = round
    ? (readNumber(round[1]!) ?? NaN) * weeksIn(round[2]!)
    : after
      ? weeksIn(after[1]!)
      : undefined;
  const weeks =
    count === undefined || !Number.isInteger(count)
      ? 0
      : round?.[3]?.toLowerCase() === 'ago'
        ? -count
        : count;
  if (weeks !== 0) {
    if (round) span.start -= round[0].length;
    else span.end += after![0].length;
  }
  return weeks;
}

/** The day a weekday moved by `weeks` is counted from, and whether it is a plan's nearest day. */
function weekdayDay(
  read: ChronoPartRead,
  weeks: number,
  dayGoneBy: ChronoDayBefore | undefined,
): { day: string; plan: boolean } {
  const { text, part, published, tense } = read;
  const { start, end } = read.span;
  const weekday = part.components.get('weekday')!;
  const from = part.from && read.dayOf.get(part.from);
  const modifier = modifierBefore(text, start, text.slice(start, end));
  const nearest =
    weeks === 0 && modifier === undefined ? nearestPlanned(read, dayGoneBy) : undefined;
  // "stage a strike on Wednesday" in a sentence naming this week, said on a Monday: the
  // Wednesday still ahead in it, whatever a headline's present would say; not one a past verb
  // tells ("The index, which fell on Friday, opens this week at a low").
  const aheadThisWeek = () => {
    if (modifier !== undefined) return false;
    const around = sentenceAround(text, start, end);
    const sentence = `${around.before}${text.slice(start, end)}${around.after}`;
    return aheadInThisWeek(sentence, around.before, weekday, published);
  };
  const day =
    from && weeks === 0 && clockRange(part)
      ? // "from 10 p.m. Friday until 6 a.m. Saturday": the second end's weekday is the
        // first such day on or after the first end's day, whatever the tense; read alone,
        // the Saturday of a curfew gone by would be the one before the Friday.
        weekdayByTense(weekday, from.slice(0, 10), 'future')
      : nearest !== undefined
        ? nearest
        : weekdayByTense(
            weekday,
            published,
            weeks < 0
              ? 'past'
              : weeks > 0 ||
                  (tense() !== 'past' && aheadThisWeek()) ||
                  // "said its results, to be reported Thursday, would rise", said on Monday.
                  (modifier === undefined &&
                    wouldAsideAheadThisWeek(text, start, end, weekday, published))
                ? 'future'
                : tense(),
            modifier,
          );
  return { day, plan: nearest !== undefined };
}

/**
 * "He was set to travel to Kyiv on Monday": a plan told in the past is on the nearest such
 * day, gone by or to come. A bare expectation ("Official results were expected early Monday")
 * only for a day two days ahead at most, whatever the story told before: "A verdict was
 * expected on Friday", said on a Tuesday, is gone by. So is a plan told with "had been" ("had
 * been set to expire at 5 p.m. Friday", said on a Wednesday, is the coming Friday; on a
 * Saturday, the last). "The vote, originally scheduled for Friday, was delayed": the nearest
 * Friday too. "The study appears in Thursday's New England Journal of Medicine": a journal's
 * issue is the nearest such day, as the plan's first day is.
 */
function nearestPlanned(
  read: ChronoPartRead,
  dayGoneBy: ChronoDayBefore | undefined,
): string | undefined {
  const { text, part, published } = read;
  const { start, end } = read.span;
  const weekday = part.components.get('weekday')!;
  const told = planToldPast(text, start, end, sentenceAround(text, start, end));
  const aside = originalPlanAside(text, start, end) || isJournalIssueDay(text, start, end);
  const nearest = aside
    ? nearestWeekday(weekday, published)
    : told &&
      nearestWeekday(
        weekday,
        published,
        told === 'plan' ? storyDayBefore(text, start, dayGoneBy) : undefined,
      );
  if (nearest === undefined) return undefined;
  return aside ||
    (told !== 'expectation' && told !== 'perfect') ||
    expectedDayNear(nearest, published)
    ? nearest
    : undefined;
}

/**
 * "midnight Friday", "at midnight on Friday": the midnight that ends Friday (endOfDay), but
 * whatever the verb ("The shutdown will begin at midnight Friday" is Friday night), but
 * Friday's start in a past clause when Friday's end is after publication, unless it is a
 * deadline set in that clause ("had set a deadline of midnight Tuesday", said that Tuesday:
 * midnightOfDeadline), or an intent told in the past ("The union threatened to strike at midnight
 * Friday", said that Friday: midnightOfIntent). "Friday midnight" ends it too, whatever stands
 * before it (WEEKDAY_BEFORE_MIDNIGHT).
 */
function weekdayMidnight(
  read: ChronoPartRead,
  value: string,
  plan: boolean,
  morrowDeed: boolean,
): string | undefined {
  const { text, published, timeml } = read;
  const { start, end } = read.span;
  if (
    !MIDNIGHT_BEFORE_WEEKDAY.test(text.slice(start, end)) &&
    !WEEKDAY_BEFORE_MIDNIGHT.test(text.slice(start, end)) &&
    !opensWithTwelveAtNight(text.slice(start)) &&
    !midnightAfterDayEndsIt(text, start, end)
  )
    return undefined;
  // Told under a wire's dateline on the day itself, a verb whose past is its present is a deed
  // done ("NEW YORK (AP) -- Telephone workers set up picket lines at midnight Saturday").
  // … and so on the day before, at the midnight that opened the morrow (morrowOfDatelineDeed).
  const deed =
    morrowDeed ||
    read.tense() === 'past' ||
    (value === published.slice(0, 10) && isDatelineUnchangedDeed(text, start));
  const keepStart =
    !plan &&
    deed &&
    value >= published.slice(0, 10) &&
    !midnightOfIntent(text, start) &&
    !midnightOfDeadline(text, start, end);
  return endOfDay(value, { timeml, keepStart });
}

function modifierBefore(text: string, start: number, matched: string): Modifier {
  const words = `${text.slice(Math.max(0, start - 12), start)} ${matched}`.toLowerCase();
  const m = WEEKDAY_MODIFIER.exec(words);
  if (!m) return undefined;
  return m[1] === 'past' ? 'last' : m[1] === 'coming' ? 'next' : (m[1] as Modifier);
}

/** The day gone by `last` names when its words are in a sentence before the one at `start`. */
function storyDayBefore(
  text: string,
  start: number,
  last: ChronoDayBefore | undefined,
): string | undefined {
  if (!last) return undefined;
  const opens = start - sentenceAround(text, start, start).before.length;
  return last.end <= opens ? last.value : undefined;
}
