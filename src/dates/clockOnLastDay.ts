import { clockTakesDay } from './clockTakesDay.ts';
import { endOfDay } from './endOfDay.ts';
import { midnightEndsDay } from './midnightEndsDay.ts';
import { morningAfterNight } from './morningAfterNight.ts';
import type { MentionAnchor } from '../model/mention.ts';
import type { Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { WEEKDAY_IN_WORDS } from './weekdayNames.ts';
import { dayOfValue } from './valueShape.ts';

/**
 * A clock time with no day of its own ("At 10 p.m., …"), read on the day the story is on when
 * the text ties it to that day (`clockTakesDay`: "On Oct. 23, 1998, … At 10 p.m., …"); else
 * nothing ties the two, and news gives a bare time of the publication day (a lead's "at 10
 * a.m."), as it does with no day named, or the evening before it where the caller finds a late
 * clock told in the past (`eveningGoneBy`, isLateClockGoneBy). The caller's anchor counts as
 * named.
 */
export function clockOnLastDay(
  text: string,
  start: number,
  end: number,
  clock: string,
  published: string,
  daysOn = 0,
  endsDay?: EndsDay,
  eveningGoneBy = false,
): Reading {
  const told: ClockTold = { text, start, end, clock, published };
  return {
    start,
    end,
    priority: 1,
    anaphoric: true,
    clock: true,
    resolve: (context) => {
      const named = context.day ?? context.anaphoric;
      const { source } = named;
      const near =
        source.kind !== 'mention' ||
        clockTakesDay(
          text,
          { start: source.start, end: source.start + source.text.length },
          { start, end },
        );
      const day = near ? dayOfValue(named.value) : undefined;
      const moved = daysOn + daysMoved(told, source, day, eveningGoneBy);
      return {
        type: 'TIME',
        value:
          dayEndedAt(told, source, day, endsDay) ??
          (moved
            ? shiftTimex(day ?? published, { amount: moved, unit: 'day' })
            : (day ?? published)) + clock,
        granularity: 'day',
        anchor: day ? named.source : { kind: 'published', date: published },
      };
    },
  };
}

/** Where a clock's midnight ends a day, and which: the caller's `endsDay`. */
interface EndsDay {
  timeml: boolean | undefined;
  unnamedDay?: number | undefined;
}

/** The clock's words, where they stand, and the publication date. */
interface ClockTold {
  text: string;
  start: number;
  end: number;
  clock: string;
  published: string;
}

/**
 * The days a clock moves from the day it is read on: one on the morning after a night named
 * before it, one back for a late clock gone by with no day named.
 */
function daysMoved(
  { text, start, end, clock }: ClockTold,
  source: MentionAnchor,
  day: string | undefined,
  eveningGoneBy: boolean,
): number {
  // "…on Sunday night. ⏎⏎ At 6 a.m., rescuers began": the morning after the night, Monday.
  const after =
    day &&
    source.kind === 'mention' &&
    morningAfterNight(
      source.text,
      text.slice(start, end),
      clock,
      text.slice(source.start + source.text.length, start),
    )
      ? 1
      : 0;
  // "The mayor conceded shortly after 11 p.m.", with no day named in the story: the evening
  // before publication (isLateClockGoneBy).
  const gone = eveningGoneBy && source.kind !== 'mention' ? -1 : 0;
  return after + gone;
}

/**
 * The end of the day a midnight ends: the day named before it, or the unnamed day the caller
 * counts from publication; undefined when the clock ends no day.
 */
function dayEndedAt(
  { text, start, published }: ClockTold,
  source: MentionAnchor,
  day: string | undefined,
  endsDay: EndsDay | undefined,
): string | undefined {
  if (!endsDay) return undefined;
  // "On Friday, the ban will take effect at midnight": a midnight ahead after a day named
  // before it is read as "at midnight Friday" would be: a weekday's ends it whatever the
  // verb, a calendar day's only after a verb of ending (midnightEndsDay).
  if (day && source.kind === 'mention') {
    return WEEKDAY_IN_WORDS.test(source.text) || midnightEndsDay(text, start)
      ? endOfDay(day, { timeml: endsDay.timeml })
      : undefined;
  }
  if (endsDay.unnamedDay === undefined) return undefined;
  return endOfDay(shiftTimex(published, { amount: endsDay.unnamedDay, unit: 'day' }), {
    timeml: endsDay.timeml,
  });
}
