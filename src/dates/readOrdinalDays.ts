import { addMonths, getDaysInMonth } from 'date-fns';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import type { Pass, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';

const ORDINAL = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b';
// Nothing after the ordinal that makes it a rank: a noun ("the 3rd round", "the 15th amendment",
// "his 21st birthday"), nor "of" and a word ("the 4th of July" is chrono's).
const ENDS_PHRASE = '(?!\\s+(?:of\\s+)?[A-Za-z])';
// "the afternoon of the 3rd", "the early hours of the 21st", and "on the 3rd" or "until the 30th"
// closing a phrase: a day of the month named by its ordinal alone. A bare "the 3rd" is too often a
// rank ("finished the race in the 3rd", "led 5-0 by the 3rd", "since the 12th" hole, "up from
// the 2nd"), so without a part of the day it must follow "on", or "until" ("given until the 30th",
// "lasted until the 10th"), and end the phrase.
const ORDINAL_DAY = new RegExp(
  `\\b(?:the (?:(?:early|late)\\s+)?(?:morning|afternoon|evening|night|early hours) of the|(?<=\\b(?:on|until|till) )the) ${ORDINAL}${ENDS_PHRASE}`,
  'gi',
);
// "from the 3rd to the 10th": two days of the month, the second after the first (a rank climbs
// the other way: "from the 5th to the 2nd").
const ORDINAL_STRETCH = new RegExp(
  `\\bfrom (the ${ORDINAL})\\s*(?:to|until|till|through|thru|[-–])\\s*(the ${ORDINAL})${ENDS_PHRASE}`,
  'gi',
);

// A sentence of a game, a race or a ranking, where "until the 9th" and "from the 3rd to the 5th"
// are innings, holes, laps or places, not days.
const CONTEST =
  /\b(?:innings?|holes?|laps?|rounds?|overtime|led|leads?|leading|trailed|trailing|scored?|goals?|seeds?|seeded|ranked|ranking|place|spots?|stages?)\b/i;

/** The sentence around `start`–`end` (up to 200 characters either side). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = /[^.!?]*$/.exec(text.slice(Math.max(0, start - 200), start))![0];
  const after = /^[^.!?]*/.exec(text.slice(end, end + 200))![0];
  return before + text.slice(start, end) + after;
}

/**
 * The latest day `day` of a month on or before publication, or the next one on or after it when
 * `ahead`; `after` (a stretch's first end), when given, is what the day may not be before.
 */
function dayOfMonth(day: number, published: string, ahead: boolean, after?: Date): string {
  const pub = after ?? toLocalDate(published);
  const forward = ahead || after !== undefined;
  let month = new Date(pub.getFullYear(), pub.getMonth(), 1);
  const fits = (first: Date) => {
    if (day > getDaysInMonth(first)) return false;
    const date = new Date(first.getFullYear(), first.getMonth(), day);
    return forward ? date >= pub : date <= pub;
  };
  for (let i = 0; i < 12 && !fits(month); i++) month = addMonths(month, forward ? 1 : -1);
  return toCalendarDate(new Date(month.getFullYear(), month.getMonth(), day));
}

function ordinalDay(start: number, end: number, published: string, value: () => string): Reading {
  return {
    start,
    end,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: value(),
      granularity: 'day',
      anchor: { kind: 'published', date: published },
    }),
  };
}

/**
 * A day of the month named by its ordinal: the latest such day on or before publication, or the
 * next one on or after it when the sentence speaks of the future; the second end of "from the
 * 3rd to the 10th" the first such day after the first end. The news reading gives the day
 * whatever part of it the words name.
 */
export const readOrdinalDays: Pass = (text, { published }) => {
  const ahead = (start: number, end: number) => tenseAround(text, start, end) === 'future';
  const contest = (start: number, end: number) => CONTEST.test(sentenceAround(text, start, end));
  const readings = [...text.matchAll(ORDINAL_DAY)].flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    const until = /\b(?:until|till) $/i.test(text.slice(Math.max(0, start - 6), start));
    if (until && contest(start, end)) return [];
    return [
      ordinalDay(start, end, published, () =>
        dayOfMonth(Number(m[1]), published, ahead(start, end)),
      ),
    ];
  });
  for (const m of text.matchAll(ORDINAL_STRETCH)) {
    const [first, second] = [Number(m[2]), Number(m[4])];
    if (second <= first || contest(m.index, m.index + m[0].length)) continue;
    const start = m.index + 'from '.length;
    const firstEnd = start + m[1]!.length;
    const secondStart = m.index + m[0].length - m[3]!.length;
    const end = m.index + m[0].length;
    const from = () => dayOfMonth(first, published, ahead(m.index, end));
    readings.push(
      ordinalDay(start, firstEnd, published, from),
      ordinalDay(secondStart, end, published, () =>
        dayOfMonth(second, published, true, toLocalDate(from())),
      ),
    );
  }
  return readings;
};
