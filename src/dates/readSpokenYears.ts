import { MONTH_NAMES } from './monthNames.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import type { Pass, Reading } from './Reading.ts';

const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MONTHS: readonly string[] = MONTH_NAMES;

// What after "the year two thousand" and a ones word makes the ones a count of their own: a count
// of hundreds or more, a fraction ("two thirds of homes") or a share ("one in three Americans").
const ONES_COUNTED_AFTER = `[- ](?:hundred|thousand|million|billion|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\\b|\\s+(?:in|out\\s+of)\\s+(?:${[...ONES, 'ten'].join('|')}|\\d)\\b`;

// Broadcast transcripts spell years out: "nineteen ninety-six", "January nineteen ninety-seven",
// "March of nineteen ninety-eight", "the winter of nineteen ninety-four", "the year two thousand",
// "nineteen oh-seven", "the year two thousand four" (with "and" or without).
const SPOKEN = new RegExp(
  `\\b(?:(?<month>${MONTHS.join('|')})\\s+(?:of\\s+)?|(?<season>(?:the\\s+)?${SEASON_PATTERN}\\s+of\\s+))?(?:(?<century>eighteen|nineteen)[- ](?:(?<teen>${TEENS.join('|')})|(?<tens>${TENS.join('|')})(?:[- ](?<ones>${ONES.join('|')}))?|oh[- ](?<oh>${ONES.join('|')}))|the year two thousand(?:\\s+(?:and\\s+)?(?<after>${ONES.join('|')})(?!${ONES_COUNTED_AFTER}))?)\\b`,
  'gi',
);

/**
 * The year a spelled-out year names: "nineteen ninety-six" → 1996, "the year two thousand" → 2000.
 */
function spokenYear(groups: Record<string, string | undefined>): number {
  const { century, teen, tens, ones, oh, after } = groups;
  const index = (words: readonly string[], word: string) => words.indexOf(word.toLowerCase());
  if (!century) return 2000 + (after ? index(ONES, after) + 1 : 0);
  const hundreds = century.toLowerCase() === 'eighteen' ? 1800 : 1900;
  if (teen) return hundreds + 10 + index(TEENS, teen);
  // "nineteen oh-seven": a year of a hundred's first ten.
  if (oh) return hundreds + index(ONES, oh) + 1;
  return hundreds + 20 + 10 * index(TENS, tens!) + (ones ? index(ONES, ones) + 1 : 0);
}

const OH_YEAR_BEFORE = /\b(?:in|since|of|from|until|till|by|before|after|around|circa)\s+$/i;

/** Years spelled out in words, with the month or season before them when there is one. */
export const readSpokenYears: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SPOKEN)) {
    const groups = m.groups!;
    // "May" as a month needs its capital; the year alone needs no month.
    const named = groups.month;
    const month = named && /^[A-Z]/.test(named) ? MONTHS.indexOf(named.toLowerCase()) + 1 : 0;
    const seasonWord = groups.season?.match(new RegExp(SEASON_PATTERN, 'i'))?.[0];
    const season = seasonWord ? SEASON_CODES[seasonWord.toLowerCase()] : undefined;
    // "in nineteen oh-seven" is a year; "room nineteen oh-four", "flight nineteen oh-five" and
    // "at nineteen oh-five hours" are numbers or a clock: with no month or season, a year with
    // "oh" needs a preposition of time before it.
    if (groups.oh && !month && !season && !OH_YEAR_BEFORE.test(text.slice(0, m.index))) continue;
    const start =
      month || season || !named ? m.index : m.index + m[0].search(/eighteen|nineteen|the year/i);
    const year = String(spokenYear(groups));
    const value = season
      ? `${year}-${season}`
      : month
        ? `${year}-${String(month).padStart(2, '0')}`
        : year;
    readings.push({
      start,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value,
        granularity: season ? 'season' : month ? 'month' : 'year',
        anchor: { kind: 'published', date: published },
      }),
    });
  }
  return readings;
};
