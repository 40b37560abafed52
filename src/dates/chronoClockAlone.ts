import type { ChronoPartRead } from './ChronoPartRead.ts';
import {
  isBareMidnightAfterNight,
  isBareMidnightAhead,
  isBareMidnightBefore,
  isBareMidnightGoneBy,
  isMidnightDeadlineTonight,
} from './bareMidnight.ts';
import { clockOnLastDay } from './clockOnLastDay.ts';
import { isLateClockGoneBy } from './isLateClockGoneBy.ts';
import { clockTime } from './parseChrono.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE } from './partOfDay.ts';
import { clockRange, clockRangeIntoNextDay } from './rangeEnds.ts';
import type { Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';

// What makes a number a clock time: "10 p.m.", "3am", "2.30pm", "10:35", "noon", "midday", "4 in
// the morning" (not "2.46 a share", "at 4").
const CLOCK = new RegExp(
  String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|midday)\b|\b\d{1,2}(?:\s+o['’]clock)?\s+in\s+the\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})\b`,
  'i',
);

/**
 * "at 10 p.m.", "at 10:35 a.m.": a clock time alone, read on the day last mentioned (`reading`),
 * or the day of a stretch of hours' second clock (`value`); undefined where the words are no
 * clock time. "from 10 p.m. Friday until 6 a.m.", "On Sunday, … from 10 p.m. to 4 a.m.": a
 * stretch of hours' second clock with no day of its own is on the first's day, or the day after
 * when it is not later than the first (the night through to the morning).
 */
export function chronoClockAlone(
  read: ChronoPartRead,
): { reading: Reading } | { value: string } | undefined {
  const { part } = read;
  const clock = clockTime(part.components);
  if (!clock || !CLOCK.test(part.text)) return undefined;
  const daysOn = clockRangeIntoNextDay(part) ? 1 : 0;
  const from = clockRange(part) ? read.dayOf.get(part.from!) : undefined;
  if (from) return { value: shiftTimex(from.slice(0, 10), { amount: daysOn, unit: 'day' }) };
  return { reading: clockOnUnnamedDay(read, clock, daysOn) };
}

/** A clock time with no day of its own, on the day last mentioned or publication's. */
function clockOnUnnamedDay(read: ChronoPartRead, clock: string, daysOn: number): Reading {
  const { text, part, published, timeml } = read;
  const { start, end } = read.span;
  // A midnight ahead or "before midnight" is publication's when no day is named; one after
  // a night ends the night's day, publication's only when the night's words say so.
  const afterNight = daysOn === 0 && isBareMidnightAfterNight(text, start, end);
  const ahead =
    isBareMidnightAhead(text, start, end) || isMidnightDeadlineTonight(text, start, end);
  // "He addressed the crowd shortly before midnight": told in the past with no day named,
  // the deed cannot come after publication, so the midnight is the one that opened
  // publication's day (the end of the day before), not the one that closes it.
  const beforeGone =
    !ahead && isBareMidnightBefore(text, start, end) && tenseAround(text, start, end) === 'past';
  // "Talks went on through the night past the midnight deadline", "worked past midnight": any
  // other midnight with no day named told in the past is the one that opened publication's day,
  // unless a night named before it says which day it ends.
  const goneBy =
    !ahead &&
    (!afterNight || afterNight.daysFromPublication === undefined) &&
    isBareMidnightGoneBy(text, start, end);
  const endsDay =
    daysOn === 0 &&
    (ahead || isBareMidnightBefore(text, start, end)
      ? { timeml, unnamedDay: beforeGone ? -1 : 0 }
      : goneBy
        ? { timeml, unnamedDay: -1 }
        : afterNight
          ? { timeml, unnamedDay: afterNight.daysFromPublication }
          : undefined);
  // "The mayor conceded shortly after 11 p.m.": a late clock told in the past, the evening
  // before publication when the story names no day.
  const eveningGoneBy =
    !clockRange(part) &&
    !endsDay &&
    isLateClockGoneBy(
      clock,
      tenseAround(text, start, end),
      text.slice(Math.max(0, start - 30), start),
    );
  return clockOnLastDay(
    text,
    start,
    end,
    clock,
    published,
    daysOn,
    endsDay || undefined,
    eveningGoneBy,
  );
}
