import type { Granularity } from '../model/temporal.ts';
import { durationValue } from './readDurations.ts';
import { endOfDay } from './endOfDay.ts';
import { pad } from './parseChrono.ts';
import { QUARTER_WORDS } from './quarterWords.ts';
import { UNIT_SHIFT } from './unitShift.ts';
import type { Pass, Reading } from './Reading.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import { CLOCK_LEAD_WORDS, NOUN_AFTER_CLOCK_SOURCE } from './spokenClock.ts';
import { digitClockOfLastNight } from './digitClockOfLastNight.ts';
import { shiftTimex } from './shiftTimex.ts';
import { timexRange } from './timexRange.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE, PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { CAPITALISED } from './capitalised.ts';

// The words for a day told from publication, as a clock can be put on them: "yesterday",
// "tonight", "last night", "this morning", "tomorrow afternoon".
const DAY_WORDS = `(?:yesterday|tomorrow)(?:\\s+(?:${PART_OF_DAY_SOURCE}))?|today|tonight|last\\s+night|this\\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})`;

/** The days from publication to the day the words of DAY_WORDS name. */
function dayShift(words: string): number {
  const word = words.toLowerCase();
  if (word.startsWith('yesterday') || word.startsWith('last')) return -1;
  return word.startsWith('tomorrow') ? 1 : 0;
}

// A clock with a.m. or p.m.: hour, minutes (after a colon or, as British papers write it, a full
// stop), and a or p; "pm" written without stops keeps the full stop after it out.
const CLOCK = '(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*([ap])(?:\\.m\\.?|m\\b)';

/** The TIME of the clock read by CLOCK (hour, minutes, a or p at 1–3) on the day a word names. */
function clockOnDay(dayWord: string, clock: ArrayLike<string | undefined>, published: string) {
  const hour = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === 'p' ? 12 : 0);
  // "2 a.m. last night": the small hours of last night fall on the day it is told.
  const shift = /^last/i.test(dayWord) && hour < 6 ? 0 : dayShift(dayWord);
  const day = shiftTimex(published, { amount: shift, unit: 'day' });
  return `${day}T${pad(hour)}:${clock[2] ?? '00'}`;
}

/** Noon, or the midnight that ends the day, on the day a word names. */
function noonOnDay(dayWord: string, noonWord: string, published: string, timeml: boolean) {
  const day = shiftTimex(published, { amount: dayShift(dayWord), unit: 'day' });
  if (noonWord.toLowerCase() !== 'midnight')
    return { type: 'TIME', value: `${day}T12:00` } as const;
  return { type: 'TIME', value: endOfDay(day, { timeml }) } as const;
}

interface Compound {
  pattern: RegExp;
  read: (
    m: RegExpMatchArray,
    published: string,
    timeml: boolean,
  ) => { type: 'DATE' | 'TIME' | 'DURATION'; value: string };
  /** Whether the match is no compound after all, as the words around it tell. */
  skip?: (m: RegExpMatchArray, text: string) => boolean;
}

// Words that make one expression with the words beside them, which other passes read apart
// (and wrongly): "the spring" and "next year", "an hour" without its half, "yesterday" without
// its clock, "first quarter" in the year of publication.
const COMPOUNDS: Compound[] = [
  // "the spring of next year", "summer of last year": the season of the year named.
  {
    pattern: new RegExp(
      `\\b(?:the\\s+)?(${SEASON_PATTERN})\\s+of\\s+(last|this|next)\\s+year\\b`,
      'gi',
    ),
    read: (m, published) => ({
      type: 'DATE',
      value: `${Number(published.slice(0, 4)) + UNIT_SHIFT[m[2]!.toLowerCase()]!}-${SEASON_CODES[m[1]!.toLowerCase()]!}`,
    }),
  },
  // "the summer holidays last year", "in the spring this year", "the winter break next year": a
  // season, or its holidays, before the year that holds it, one expression of that year's season
  // as "the summer of last year" is (read apart, the season went by tense and the year was lost).
  // A bare "fall" only before its holidays ("the fall break last year"): "in the fall last year"
  // may be a tumble. Not the year's own ("the summer last year's champion won"), nor a season
  // naming a thing ("the summer league last year", "winter storms last year").
  {
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?:(${SEASON_PATTERN})\\s+(?:holidays?|break|vacation|recess|holiday\\s+season)|(?!fall\\b)(${SEASON_PATTERN}))\\s+(last|this|next)\\s+year\\b(?!['’]s|-)`,
      'gi',
    ),
    // "the Arab Spring last year", "The Prague Spring next year": a capitalised season after a
    // capitalised word ends a name, not the year's season.
    skip: (m, text) =>
      CAPITALISED.test(m[2] ?? '') &&
      /[a-z,]\s[A-Z][A-Za-z]+\s+$/.test(text.slice(Math.max(0, m.index! - 30), m.index)),
    read: (m, published) => ({
      type: 'DATE',
      value: `${Number(published.slice(0, 4)) + UNIT_SHIFT[m[3]!.toLowerCase()]!}-${SEASON_CODES[(m[1] ?? m[2])!.toLowerCase()]!}`,
    }),
  },
  // "3:15 p.m. yesterday", "4.30pm yesterday", "8 p.m. tonight", "6am this morning", "10pm last
  // night", "9 a.m. tomorrow morning": a clock time and the day it is on, one TIME (the clock says
  // more than the part of the day "tonight" does).
  {
    pattern: new RegExp(`\\b${CLOCK}\\s+(${DAY_WORDS})\\b`, 'gi'),
    read: (m, published) => ({ type: 'TIME', value: clockOnDay(m[4]!, m, published) }),
  },
  // "yesterday at 4.30pm", "tomorrow at 9 a.m.": the day word first, the clock after "at".
  {
    pattern: new RegExp(`\\b(yesterday|today|tonight|tomorrow)\\s+at\\s+${CLOCK}`, 'gi'),
    read: (m, published) => ({
      type: 'TIME',
      value: clockOnDay(m[1]!, [m[0], m[2], m[3], m[4]], published),
    }),
  },
  // "at 2:30 last night", "around 11:15 last night": a clock in figures with no a.m. or p.m. is
  // told by the night it is joined to, one TIME: an hour of its small hours (twelve to four) is
  // past its midnight, on the day the story is told, any other the evening before's
  // (digitClockOfLastNight). Only after a word that puts a time on it ("in 4:07 last night" is a
  // time taken), and not a margin told by "by" ("won the race by 1:12 last night") (review).
  {
    pattern: new RegExp(
      `(?<=\\b(?:${CLOCK_LEAD_WORDS})\\s+)(?<!\\b(?:won|wins?|winning|beat|beats|lost|loses|losing|led|leads|leading|trailed|trails|trailing|finished|ahead|behind|margin)\\s+(?:[\\w'’-]+\\s+){0,3}?by\\s+)(1[0-2]|0?[1-9]):([0-5]\\d)\\s+last\\s+night\\b`,
      'gi',
    ),
    read: (m, published) => ({
      type: 'TIME',
      value: digitClockOfLastNight(Number(m[1]), m[2]!, published),
    }),
  },
  // "noon today", "midday tomorrow", "midnight tonight": noon, or the midnight that ends the day
  // (the next day's start; TimeML writes it as the day's 24th hour, T24), as "midnight Friday" is.
  {
    pattern: /\b(noon|midday|midnight)\s+(yesterday|today|tonight|tomorrow)\b/gi,
    read: (m, published, timeml) => noonOnDay(m[2]!, m[1]!, published, timeml),
  },
  // "around midnight last night", "shortly after midnight last night": one expression, the
  // midnight that ended the day before (TimeML: its T24), as "midnight tonight" ends today's.
  // Not "noon last night", which no one says.
  {
    pattern: /\bmidnight\s+(last\s+night)\b/gi,
    read: (m, published, timeml) => noonOnDay(m[1]!, 'midnight', published, timeml),
  },
  // "12 o'clock tonight", "twelve o'clock tonight": twelve told with the night is its midnight,
  // not noon, as "midnight tonight" is (see twelveAtNight).
  {
    pattern: /\b(?:12|twelve)\s+o['’]clock\s+(tonight)\b/gi,
    read: (m, published, timeml) => noonOnDay(m[1]!, 'midnight', published, timeml),
  },
  // "yesterday at noon", "tonight at midnight": the same, the day word first. Not a capitalised
  // "Midnight Mass" (the noon word is matched in lower case), nor a noon before a noun ("at
  // noon-time briefings").
  {
    pattern: new RegExp(
      `\\b([Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\\s+at\\s+(noon|midday|midnight)\\b(?!${NOUN_AFTER_CLOCK_SOURCE})`,
      'g',
    ),
    read: (m, published, timeml) => noonOnDay(m[1]!, m[2]!, published, timeml),
  },
  // "half an hour", "half a year": half of one unit, as "a year and a half" is one and a half.
  {
    pattern: /\bhalf\s+an?\s+(minute|hour|day|month|year|decade|century)\b/gi,
    read: (m) => ({ type: 'DURATION', value: durationValue(0.5, m[1]!) }),
  },
  // "the next half hour", "the past half-hour", "a half hour later": thirty minutes, as "half an
  // hour" is. Not "a half-hour show", where the count is the noun's adjective, nor "the first half
  // hour" (an ordinal half, readHalfYears'), nor "the next half-hour episode" (the noun's
  // adjective).
  {
    pattern:
      /\b(?:(?:[Tt]he\s+)?(?:next|past|last|coming|previous|final)\s+half[- ]hour\b(?!\s+(?:episodes?|segments?|shows?|programs?|programmes?|slots?|specials?|broadcasts?|dramas?|comed(?:y|ies)|series|blocks?|newscasts?|bulletins?|editions?|sessions?|class(?:es)?|meetings?|briefings?|versions?)\b)|[Aa]n?\s+half[- ]hour\b(?=\s*(?:[.,;:!?)]|$|(?:later|earlier|ago|before|after|of|or|and|to|in|on|at|from|until|into|for|with|away|long|more|or so)\b)))/g,
    read: () => ({ type: 'DURATION', value: durationValue(0.5, 'hour') }),
  },
  // "1999's first quarter": a quarter of the year named before it ("1998's second half" is
  // readHalfYears').
  {
    pattern: /\b((?:19|20)\d{2})['’]s\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/gi,
    read: (m) => ({ type: 'DATE', value: `${m[1]}-Q${QUARTER_WORDS[m[2]!.toLowerCase()]!}` }),
  },
];

/** The granularity of a compound's value: its calendar unit, a day for a time, a span else. */
function granularityOf(type: string, value: string): Granularity {
  if (type === 'DURATION') return 'span';
  return type === 'TIME' ? 'day' : timexRange(value).granularity;
}

/**
 * Compounds read whole, in both readings, over the readings of their parts: "the spring of next
 * year" (`2001-SP`), "3:15 p.m. yesterday", "noon today", "half an hour" (`PT30M`), "1999's first
 * quarter".
 */
export const readCompounds: Pass = (text, { published, timeml = false }) =>
  COMPOUNDS.flatMap(({ pattern, read, skip }) =>
    [...text.matchAll(pattern)]
      .filter((m) => !skip?.(m, text))
      .map((m): Reading => {
        const { type, value } = read(m, published, timeml);
        return {
          start: m.index,
          end: m.index + m[0].length,
          priority: 3,
          resolve: () => ({
            type,
            value,
            granularity: granularityOf(type, value),
            anchor: { kind: 'published', date: published },
          }),
        };
      }),
  );
