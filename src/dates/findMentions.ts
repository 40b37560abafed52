import { orderWeekdayRangeEnds } from './orderWeekdayRangeEnds.ts';
import { orderWeekdayRangeStart } from './orderWeekdayRangeStart.ts';
import { joinWeekdayToHoliday } from './joinWeekdayToHoliday.ts';
import { daysListedAfter } from './daysListedAfter.ts';
import { daysListedBefore } from './daysListedBefore.ts';
import { electionDayToldByDate } from './electionDayToldByDate.ts';
import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import { anchorDayNeighbour } from './anchorDayNeighbour.ts';
import { anchorWithinDay } from './anchorWithinDay.ts';
import { apposeWeekdayToDate } from './apposeWeekdayToDate.ts';
import { weekdayOfNamedDay } from './weekdayOfNamedDay.ts';
import { apposeWeekdayToHoliday } from './apposeWeekdayToHoliday.ts';
import { approximateDays } from './approximateDays.ts';
import { canAnchor } from './canAnchor.ts';
import { isCalendarDate } from './calendarDate.ts';
import { clockOfHabit } from './clockOfHabit.ts';
import { weekdayExceptedFromHabit } from './weekdayExceptedFromHabit.ts';
import { weekdayOfRegularEvent } from './weekdayOfRegularEvent.ts';
import { hoursBeforeWeekdayRange } from './hoursBeforeWeekdayRange.ts';
import { weekdayFromClock } from './weekdayFromClock.ts';
import { collectReadings } from './collectReadings.ts';
import { countFromNamedDate } from './countFromNamedDate.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { dayOfSayingOnly } from './dayOfSayingOnly.ts';
import { electionDayOfDatedElection } from './electionDayOfDatedElection.ts';
import { fiscalYearFromStart } from './fiscalYearFromStart.ts';
import { followNarrativeDay } from './followNarrativeDay.ts';
import { isZoneConversion } from './isZoneConversion.ts';
import { joinCountToDay } from './joinCountToDay.ts';
import { placeResumedDay } from './placeResumedDay.ts';
import { orderPairedWeekdays } from './orderPairedWeekdays.ts';
import { runOnToWeekday } from './runOnToWeekday.ts';
import { weekdaysAfterWeekLead } from './weekdaysAfterWeekLead.ts';
import { weekdaysOfNamedWeek } from './weekdaysOfNamedWeek.ts';
import { joinDayNeighbour } from './joinDayNeighbour.ts';
import { joinMinutesToMidnight } from './joinMinutesToMidnight.ts';
import { joinWeekdayToMidnightDeadline } from './joinWeekdayToMidnightDeadline.ts';
import { yearFromSecondEnd } from './yearFromSecondEnd.ts';
import { joinRanges } from './joinRanges.ts';
import { joinWeekendToDays } from './joinWeekendToDays.ts';
import { ongoingStretch } from './ongoingStretch.ts';
import type { Anchor, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';
import { localDayOfConversion, tieClocksToDays } from './tieClocksToDays.ts';
import { isQuarterValue } from './valueShape.ts';

export interface FindOptions {
  /**
   * Publication date, YYYY-MM-DD: what "Wednesday", "next week" and "this year" are read against.
   */
  published: string;
  locale: Locale;
  /** TimeML mode: see `PassOptions.timeml`. */
  timeml?: boolean;
}

/** Throws a DateResolutionError unless `published` is a real calendar day. */
export function assertPublished(published: string): void {
  if (!isCalendarDate(published)) {
    throw new DateResolutionError({
      code: 'invalid-date',
      what: 'the publication date',
      found: published,
    });
  }
}

// "the quarter ended Sept. 30", "the fiscal first quarter ending June 30", "the quarter that
// ended Sept. 30".
const ENDED = '(?:(?:that|which)\\s+)?end(?:ed|ing|s)\\s+(?:on\\s+)?';
const PERIOD_ENDED = new RegExp(`\\b(?:quarter|period)\\s+${ENDED}$`, 'i');
const ENDED_BETWEEN = new RegExp(`^\\s+${ENDED}$`, 'i');
// A quarter named with no ordinal ("the quarter", "the latest quarter"), and a day in the last
// week of a calendar quarter's last month.
const UNNUMBERED = /^(?!.*\b(?:first|second|third|fourth)\b)/i;
const QUARTER_END_DAY = /^(\d{4})-(03|06|09|12)-(2[4-9]|3[01])$/;

/**
 * The calendar quarter a quarter named with no ordinal is, when the day after it ends it: "the
 * quarter ended June 30" is the second quarter of that day's year, not the last one completed.
 * A fiscal quarter ending on another day ("ended Jan. 26") is left, and so is one named before.
 */
function quarterEndedOn(text: string, quarter: Mention, day: Mention): string | undefined {
  if (!isQuarterValue(quarter.value) || !UNNUMBERED.test(quarter.text)) return undefined;
  if (!ENDED_BETWEEN.test(text.slice(quarter.end, day.start))) return undefined;
  const m = QUARTER_END_DAY.exec(day.value);
  return m ? `${m[1]}-Q${Number(m[2]) / 3}` : undefined;
}

/**
 * Whether a mention is the last day of the quarter just named ("the quarter ended Sept. 30"):
 * it describes that quarter, which stays what "a year earlier" and "the quarter" refer to.
 */
function closesQuarter(text: string, mention: Mention, previous: Anchor | undefined): boolean {
  return (
    previous !== undefined &&
    isQuarterValue(previous.value) &&
    PERIOD_ENDED.test(text.slice(Math.max(0, mention.start - 30), mention.start))
  );
}

/**
 * Every temporal expression in an article as the news reading gives it: the mentions of
 * `findSeparateMentions`, with a stretch written as its two ends made one interval, a clock time
 * joined to its day, "the week of March 10" that week (see `joinRanges`).
 *
 * @example
 * findMentions('Workers strike from Monday to Wednesday.', {
 *   published: '2025-03-05',
 *   locale: 'en-US',
 * })
 * // [{ text: 'from Monday to Wednesday', value: '2025-03-10/2025-03-12', granularity: 'span', … }]
 */
export function findMentions(text: string, options: FindOptions): Mention[] {
  return placeResumedDay(
    text,
    fiscalYearFromStart(
      text,
      joinMinutesToMidnight(
        text,
        joinWeekdayToMidnightDeadline(
          text,
          joinCountToDay(
            text,
            joinWeekdayToHoliday(
              text,
              joinDayNeighbour(
                text,
                joinWeekendToDays(text, joinRanges(text, findSeparateMentions(text, options))),
              ),
            ),
            options.published,
          ),
          { published: options.published, timeml: false },
        ),
      ),
    ),
    options.published,
  );
}

/**
 * Every temporal expression in an article, in text order, with its TIMEX3 value. Relative
 * expressions ("two days later", "the following day") are read against the calendar mention
 * before them, or the publication date when there is none.
 *
 * @example
 * findMentions('Putin met Witkoff on Wednesday.', { published: '2025-08-07', locale: 'en-US' })
 * // [{ text: 'on Wednesday', value: '2025-08-06', type: 'DATE', granularity: 'day', … }]
 */
export function findSeparateMentions(text: string, options: FindOptions): Mention[] {
  assertPublished(options.published);
  const published: Anchor = {
    value: options.published,
    source: { kind: 'published', date: options.published },
  };
  const story: Story = { published, quarterNamedBefore: false };
  const mentions: Mention[] = [];
  const readings = collectReadings(text, options);
  for (const [i, reading] of readings.entries()) {
    const mention = resolveInStory(text, reading, story);
    const lastRead = mendLast(text, mentions, readings[i - 1], mention, story);
    mentions.push(mention);
    moveStory(text, { readings, mentions, reading, mention }, lastRead, story);
  }
  return readAcrossMentions(text, readings, mentions, options);
}

/** Where the story stands as findSeparateMentions reads on: the anchors the next reading takes. */
interface Story {
  published: Anchor;
  previous?: Anchor;
  quarter?: Anchor;
  day?: Anchor;
  // The day of a saying that left the story on an earlier day ("The plane crashed Tuesday, the
  // airline said Thursday."): a clock time told after it that looks ahead ("It said it would hold
  // a briefing at 3 p.m.") is read from the saying day, not from the day gone by.
  saying?: Anchor;
  // Whether a quarter had been named before the last mention: its "the quarter" is then that
  // quarter, perhaps a fiscal one, which the day that ends it does not renumber.
  quarterNamedBefore: boolean;
}

/** The mention `reading` resolves to where the story stands. */
function resolveInStory(text: string, reading: Reading, story: Story): Mention {
  const { published, previous, quarter, day, saying } = story;
  const ahead =
    saying && reading.clock && tenseAround(text, reading.start, reading.end) === 'future';
  const storyDay = ahead ? saying : day;
  const resolved = reading.resolve({
    published: published.value,
    deictic: published,
    anaphoric: previous ?? published,
    ...(quarter && { quarter }),
    ...(storyDay && { day: storyDay }),
  });
  return {
    text: text.slice(reading.start, reading.end),
    start: reading.start,
    end: reading.end,
    ...resolved,
  };
}

type LastRead = ReturnType<typeof lastReadFrom>;

/**
 * The last mention as `mention` makes it over (`lastReadFrom`), or the day that ends a quarter
 * named before it; what it was read from is returned for the story to move by.
 */
function mendLast(
  text: string,
  mentions: Mention[],
  lastReading: Reading | undefined,
  mention: Mention,
  story: Story,
): LastRead {
  const quarterNamed = story.quarter !== undefined;
  const last = mentions.at(-1);
  const read: LastRead = last
    ? lastReadFrom(text, last, lastReading!, mention)
    : { neighbour: undefined, counted: undefined };
  if (read.neighbour) mentions[mentions.length - 1] = read.neighbour;
  const ended =
    last && !read.neighbour && !story.quarterNamedBefore
      ? quarterEndedOn(text, last, mention)
      : undefined;
  story.quarterNamedBefore = quarterNamed;
  if (ended && story.previous?.value === last!.value) {
    mentions[mentions.length - 1] = { ...last!, value: ended };
    story.previous = revalued(story.previous, ended);
    if (story.quarter) story.quarter = story.previous;
  }
  return read;
}

/** The story moved on to `mention`, the last of `mentions`, where it may anchor what follows. */
function moveStory(
  text: string,
  at: { readings: Reading[]; mentions: Mention[]; reading: Reading; mention: Mention },
  { neighbour, counted }: LastRead,
  story: Story,
): void {
  const { readings, mentions, reading, mention } = at;
  // A clock time the text ties to no day ("At 10 p.m." far from any) moves no story to today;
  // nor does the same clock in another zone in parentheses ("6:42 a.m. (2242 GMT Friday)").
  const untied = reading.clock && mention.anchor?.kind === 'published';
  const conversion = isZoneConversion(text, mentions.slice(0, -1), mention);
  const localDay = conversion ? localDayOfZoneTime(text, readings, mentions) : undefined;
  if (localDay) [story.day, story.saying] = [anchorAt(mention, localDay), undefined];
  if (
    untied ||
    conversion ||
    !canAnchor(mention) ||
    (reading.comparison && /-Q[1-4]$/.test(mention.value)) ||
    closesQuarter(text, mention, story.previous)
  )
    return;
  const { named, anchor } = anchorOfNamed(text, mention, neighbour, counted);
  story.previous = anchor;
  if (isQuarterValue(mention.value)) story.quarter = story.previous;
  const followed = followNarrativeDay(story.day, { ...named, value: anchor.value });
  if (dayOfSayingOnly(text, story.day, named)) story.saying = followed;
  else [story.day, story.saying] = [followed, undefined];
}

/**
 * The mention before `mention` as the words between make it over: "The day after the March 3
 * vote, …", "three years after he took office in 2017": the words before are read from this
 * date, and the story goes on from the time they set it at (`counted.story`), not from the date
 * of the event.
 */
function lastReadFrom(
  text: string,
  last: Mention,
  lastReading: Reading,
  mention: Mention,
): { neighbour: Mention | undefined; counted: { mention: Mention; story: string } | undefined } {
  const dayNeighbour = anchorDayNeighbour(text, last, mention);
  const counted = !dayNeighbour ? countFromNamedDate(text, last, lastReading, mention) : undefined;
  const neighbour = dayNeighbour ?? counted?.mention ?? anchorWithinDay(text, last, mention);
  return { neighbour, counted };
}

// Nothing but space, or nothing, between a clock and the parenthesis of its zone time.
const ONLY_SPACE = /^\s*$/;

/**
 * The local day of a clock told with no day, the last mention being its zone time in
 * parentheses that names its day: "The launch was set for 9:30 p.m. (0230 GMT Monday). Crews
 * fueled the rocket in the afternoon" puts the story on the clock's local day (Sunday), as a
 * clock told with its day would.
 */
function localDayOfZoneTime(
  text: string,
  readings: readonly Reading[],
  mentions: readonly Mention[],
): string | undefined {
  const open = text.lastIndexOf('(', mentions.at(-1)!.start);
  const local = mentions.findLastIndex(
    (m) => m.end <= open && ONLY_SPACE.test(text.slice(m.end, open)),
  );
  return local >= 0 && readings[local]!.clock && mentions[local]!.anchor.kind === 'published'
    ? localDayOfConversion(mentions[local]!, mentions.slice(local + 1))
    : undefined;
}

// Space alone between a neighbour's words and the mention it is read from.
const SPACE_BETWEEN = /^\s+$/;

/**
 * The words a mention is named by, and the anchor it sets for the story after it. "the day
 * after Christmas" is one expression (joinDayNeighbour), named by all its words; the story is at
 * the time counted words set it ("three years after … in 2017": 2020), which is what the words
 * stand for as an anchor.
 */
function anchorOfNamed(
  text: string,
  mention: Mention,
  neighbour: Mention | undefined,
  counted: { story: string } | undefined,
): { named: Mention; anchor: Anchor } {
  const joined = neighbour && SPACE_BETWEEN.test(text.slice(neighbour.end, mention.start));
  const named = !neighbour
    ? mention
    : joined
      ? { ...neighbour, text: text.slice(neighbour.start, mention.end), end: mention.end }
      : neighbour;
  const at = counted ? counted.story : named.value;
  return { named, anchor: anchorAt(named, at) };
}

/** The anchor at `value` that the words of `m` set. */
function anchorAt(m: Pick<Mention, 'text' | 'start'>, value: string): Anchor {
  return { value, source: { kind: 'mention', text: m.text, start: m.start, value } };
}

/** An anchor given another value, its source (a mention's words) keeping that value too. */
function revalued(anchor: Anchor, value: string): Anchor {
  const { source } = anchor;
  return { value, source: source.kind === 'mention' ? { ...source, value } : source };
}

/**
 * The mentions read one by one, read again across each other: an event's day dropped where the
 * words do not give it, clocks tied to their days, weekdays, ranges and holidays set beside each
 * other, and days of habit and election read by what is named near them.
 */
function readAcrossMentions(
  text: string,
  readings: readonly Reading[],
  mentions: readonly Mention[],
  options: FindOptions,
): Mention[] {
  const given = withEventDaysGiven(readings, mentions, options);
  const tied = tieClocksToDays(text, given.readings, given.mentions);
  const dated = datesBesideEachOther(
    text,
    weekdaysBesideEachOther(text, tied, options.published),
    options,
  );
  return daysOfHabitAndElection(text, dated);
}

/**
 * The readings and their mentions less those whose event's day the words do not give. "The law
 * bans ads 45 days before the election", with no day before it: counted from publication, the
 * event would be a day ahead of it, which the words do not give. Counted back in a past clause
 * ("Ten days after the attack, the city was quiet") it is the past, PAST_REF (readRelatives);
 * where the form does not tell the tense ("the minister quit") it stays the day gone by that
 * publication gives.
 */
function withEventDaysGiven(
  readings: readonly Reading[],
  mentions: readonly Mention[],
  options: FindOptions,
): { readings: Reading[]; mentions: Mention[] } {
  const keep = mentions.map(
    (m, i) =>
      options.timeml ||
      !readings[i]!.needsEventDay ||
      m.anchor.kind !== 'published' ||
      !/^\d/.test(m.value) ||
      m.value.slice(0, 10) <= options.published,
  );
  return {
    readings: readings.filter((_r, i) => keep[i]),
    mentions: mentions.filter((_m, i) => keep[i]),
  };
}

/**
 * Weekdays read beside each other: paired weekdays put in order, weekdays listed before a weekday
 * whose week is named or after a lead naming a week, the ends of a weekday range ordered, and a
 * range run on to its weekday.
 */
function weekdaysBesideEachOther(text: string, mentions: Mention[], published: string): Mention[] {
  const paired = orderPairedWeekdays(text, mentions, published);
  const ofWeek = weekdaysAfterWeekLead(text, weekdaysOfNamedWeek(text, paired), published);
  const ordered = orderWeekdayRangeStart(text, orderWeekdayRangeEnds(text, ofWeek));
  return runOnToWeekday(text, ordered);
}

/**
 * Dates read beside each other: a range's year taken from its second end, a stretch still going
 * on, a weekday set beside a date, approximate days widened, the weekday of a named day, and a
 * weekday set beside a holiday.
 */
function datesBesideEachOther(
  text: string,
  mentions: readonly Mention[],
  options: FindOptions,
): Mention[] {
  const stretched = ongoingStretch(text, yearFromSecondEnd(text, mentions), options.published);
  const apposed = approximateDays(text, apposeWeekdayToDate(text, stretched));
  const named = weekdayOfNamedDay(text, apposed, options.timeml === true);
  return apposeWeekdayToHoliday(text, named, options.published);
}

/**
 * Days of election and of habit read by what is named near them: Election Day by its date, days
 * listed before and after, weekdays excepted from a habit or of a regular event, hours before a
 * weekday range, clocks of habit, and a weekday parted from the clock it opens at ("Thursday from
 * 9 a.m.").
 */
function daysOfHabitAndElection(text: string, mentions: Mention[]): Mention[] {
  const elections = electionDayToldByDate(text, electionDayOfDatedElection(text, mentions));
  const listed = daysListedAfter(text, daysListedBefore(text, elections));
  const excepted = hoursBeforeWeekdayRange(text, weekdayExceptedFromHabit(text, listed));
  return weekdayFromClock(text, clockOfHabit(text, weekdayOfRegularEvent(text, excepted)));
}
