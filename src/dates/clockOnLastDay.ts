import { clockTakesDay } from './clockTakesDay.ts';
import { endOfDay } from './endOfDay.ts';
import { midnightEndsDay } from './midnightEndsDay.ts';
import { morningAfterNight } from './morningAfterNight.ts';
import type { Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { dayOfValue } from './valueShape.ts';

const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\b`, 'i');

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
  endsDay?: { timeml: boolean | undefined; unnamedDay?: number | undefined },
  eveningGoneBy = false,
): Reading {
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
      // "On Friday, the ban will take effect at midnight": a midnight ahead after a day named
      // before it is read as "at midnight Friday" would be: a weekday's ends it whatever the
      // verb, a calendar day's only after a verb of ending (midnightEndsDay).
      const dayNamed = day && source.kind === 'mention' ? day : undefined;
      const endsNamed =
        endsDay &&
        dayNamed &&
        (WEEKDAY_WORD.test(source.kind === 'mention' ? source.text : '') ||
          midnightEndsDay(text, start));
      return {
        type: 'TIME',
        value: endsNamed
          ? endOfDay(dayNamed, { timeml: endsDay.timeml })
          : endsDay && !dayNamed && endsDay.unnamedDay !== undefined
            ? endOfDay(shiftTimex(published, { amount: endsDay.unnamedDay, unit: 'day' }), {
                timeml: endsDay.timeml,
              })
            : (daysOn + after + gone
                ? shiftTimex(day ?? published, { amount: daysOn + after + gone, unit: 'day' })
                : (day ?? published)) + clock,
        granularity: 'day',
        anchor: day ? named.source : { kind: 'published', date: published },
      };
    },
  };
}
