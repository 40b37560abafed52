import { dayOfOrdinalWords, DAY_ORDINAL_WORD_SOURCE } from './dayOrdinalWords.ts';
import { MONTH_NAMES } from './monthNames.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import type { Pass, Reading } from './Reading.ts';
import { CAPITALISED } from './capitalised.ts';
import { CHANGE_VERB } from './changeVerb.ts';
import { US_REGION } from './clockZone.ts';

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

// The years of a century after its first word, spelt out: "ninety-six", "ten", "twenty eight".
const AFTER_CENTURY = (name: string) =>
  `(?<${name}Teen>${TEENS.join('|')})|(?<${name}Tens>${TENS.join('|')})(?:[- ](?<${name}Ones>${ONES.join('|')}))?`;

// Broadcast transcripts spell years out: "nineteen ninety-six", "January nineteen ninety-seven",
// "March of nineteen ninety-eight", "the winter of nineteen ninety-four", "the year two thousand",
// "nineteen oh-seven", "the year two thousand four" (with "and" or without), "the year two
// thousand sixty one", "the year twenty twenty eight", and a day with its month before a year
// ("December thirty first, nineteen ninety nine"), or after it with "of" ("the fifteenth of April,
// nineteen twelve", one date as a reader says it). A year of this century with no "the year"
// ("two thousand and one", "twenty twenty eight") is one only after a month, a season or a day
// (NEEDS_LEAD).
const SPOKEN = new RegExp(
  `\\b(?:(?<month>${MONTHS.join('|')})\\s+(?:(?<day>${DAY_ORDINAL_WORD_SOURCE}|\\d{1,2}(?:st|nd|rd|th)?\\b)\\s*,\\s+|(?<of>of)\\s+)?|(?<season>(?:the\\s+)?${SEASON_PATTERN}\\s+of\\s+)|(?:the\\s+)?(?<dayFirst>${DAY_ORDINAL_WORD_SOURCE})\\s+of\\s+(?<monthAfter>${MONTHS.join('|')})\\s*,\\s+)?` +
    `(?:(?<century>eighteen|nineteen)[- ](?:(?<teen>${TEENS.join('|')})|(?<tens>${TENS.join('|')})(?:[- ](?<ones>${ONES.join('|')}))?|oh[- ](?<oh>${ONES.join('|')}))` +
    `|(?<theYear>the year\\s+)?(?:two thousand(?:\\s+(?:and\\s+)?(?:${AFTER_CENTURY('after')}|(?<after>${ONES.join('|')}))(?!${ONES_COUNTED_AFTER}))?` +
    `|(?<twenty>twenty)[- ](?:${AFTER_CENTURY('twenty')}|oh[- ](?<twentyOh>${ONES.join('|')}))))\\b`,
  'gi',
);
// After a year of this century with no "the year" before it: punctuation, the end, or a word that
// goes on with the clause, not a noun the number counts ("in March two thousand troops") or more
// of the number ("two thousand and five hundred refugees").
const AFTER_BARE_YEAR = new RegExp(
  `^(?:\\s*(?:[.,;:!?)—–]|$)|\\s+-|\\s+(?:and(?!\\s+(?:${[...ONES, ...TEENS, ...TENS].join('|')})\\b)|or|but|to|when|as|in|at|on|the|a|an|if|is|was|will|would|with|for|that|which|we|he|she|they|it|I|you)\\b)`,
);
// "By June two thousand would be out of work": "two thousand" right after a month or its day may
// count those the verb after it tells of; a season's or a month's "of" makes it a year.
// "under" after a year a preposition leads ("last through two thousand three under the plan").
const UNDER_AFTER = /^\s+under\b/i;
const VERB_AFTER_COUNT = /^\s+(?:is|was|were|are|will|would|have|had|has|could|may|might)\b/;

// The season's own word in "the summer of …".
const SEASON_WORD = new RegExp(SEASON_PATTERN, 'i');

/** Where `word`, in any case, stands among the lower-case `words` (-1 when it is not there). */
function wordIndex(words: readonly string[], word: string): number {
  return words.indexOf(word.toLowerCase());
}

/** The years past a century a spelled-out year's words after its first word name, or 0. */
function pastCentury(groups: Record<string, string | undefined>, name: string): number {
  const teen = groups[`${name}Teen`];
  const tens = groups[`${name}Tens`];
  const ones = groups[`${name}Ones`];
  if (teen) return 10 + wordIndex(TEENS, teen);
  if (tens) return 20 + 10 * wordIndex(TENS, tens) + (ones ? wordIndex(ONES, ones) + 1 : 0);
  return 0;
}

/**
 * The year a spelled-out year names: "nineteen ninety-six" → 1996, "the year two thousand" → 2000,
 * "twenty twenty eight" → 2028.
 */
function spokenYear(groups: Record<string, string | undefined>): number {
  const { century, teen, tens, ones, oh, after, twenty, twentyOh } = groups;
  if (twenty)
    return 2000 + (twentyOh ? wordIndex(ONES, twentyOh) + 1 : pastCentury(groups, 'twenty'));
  if (!century) return 2000 + (after ? wordIndex(ONES, after) + 1 : pastCentury(groups, 'after'));
  const hundreds = century.toLowerCase() === 'eighteen' ? 1800 : 1900;
  if (teen) return hundreds + 10 + wordIndex(TEENS, teen);
  // "nineteen oh-seven": a year of a hundred's first ten.
  if (oh) return hundreds + wordIndex(ONES, oh) + 1;
  return hundreds + 20 + 10 * wordIndex(TENS, tens!) + (ones ? wordIndex(ONES, ones) + 1 : 0);
}

const OH_YEAR_BEFORE = /\b(?:in|since|of|from|until|till|by|before|after|around|circa)\s+$/i;
// "until two thousand two", "by two thousand eight", "in twenty ten", "runs through twenty twelve": a
// year of this century with its years past the hundred and no month before it is one after a
// preposition of time, as a speaker says it (BARE_YEAR_LEAD); "two thousand" alone is not ("cut
// by two thousand"), nor is a figure after a verb of change and "by" or "to" ("fell by two
// thousand five", "rose to twenty twenty").
const BARE_YEAR_LEAD = /\b(?:in|since|until|till|through|by|before|after)\s+$/i;
// "pages one through twenty twelve", "rounds 3 through twenty ten": "through" after a number ends
// a count's range, not a stretch of time.
const NUMBER_THROUGH = new RegExp(
  `(?:\\d|\\b(?:${[...ONES, ...TEENS, ...TENS, 'hundred', 'thousand'].join('|')}))\\s+through\\s+$`,
  'i',
);
// The change's object may run to five words ("reduced its payroll at the plant by two thousand
// two"), but not past a clause of its own ("fell and will recover by", "cut the deficit to zero by").
const CHANGE_BEFORE_BY = new RegExp(
  `\\b(?:${CHANGE_VERB})\\s+(?:(?!(?:and|but|or|to|that|which|who|when|if|is|are|was|were|be|will|would|could|should|may|might|can)\\b)[a-z']+\\s+){0,5}by\\s+$`,
  'i',
);
// "carried by two thousand seven to nineteen hundred", "by twenty thirty or forty": a tally or a
// count's range goes on after "to" or "or" with another number, not a second year ("until two
// thousand two or two thousand three").
const COUNT_RANGE_AFTER = new RegExp(
  `^\\s+(?:to|or)\\s+(?!two\\s+thousand\\b|twenty[- ](?:${[...TEENS, ...TENS].join('|')}|oh)\\b)(?:${[...ONES, ...TEENS, ...TENS, 'zero'].join('|')})\\b`,
  'i',
);
// "until twenty thirty, local time", "after twenty fifteen GMT", "in twenty thirty hours": "twenty"
// and its minutes before a zone, "local time" or "hours" are a clock of the 24 hours, not a year.
const CLOCK_AFTER = new RegExp(
  String.raw`^\s*,?\s+(?:local\s+time|hours|(?:gmt|utc|zulu)\b|${US_REGION}\s+(?:(?:standard|daylight)\s+)?time)\b`,
  'i',
);
// "the loans run through two thousand.", "the deal holds until two thousand, officials say": "two
// thousand" alone is the year after a preposition that needs a time and before the clause's end,
// not a count ("cut by two thousand", "until two thousand troops arrive") nor a figure a speaker
// takes back ("The jury has been out since two thousand, er, since two o'clock").
const THOUSAND_YEAR_LEAD = /\b(?:until|till|through)\s+$/i;
// Nor a count the speaker goes on to widen ("until two thousand, maybe three thousand, people").
const CLAUSE_END =
  /^\s*(?:[.,;:!?)—–](?!\s*(?:er|uh|um|maybe|perhaps|possibly|nearly|almost|or\s+(?:so|more|\w+\s+thousand))\b)|$)/i;
/** Whether a year of this century with no month before it has its own lead ("until two thousand two"). */
function yearAfterLead(text: string, m: RegExpMatchArray): boolean {
  const g = m.groups!;
  const past = g.after ?? g.afterTeen ?? g.afterTens ?? (g.twenty ? m[0] : undefined);
  const before = text.slice(Math.max(0, m.index! - 60), m.index);
  const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
  // With no word after "two thousand" there is no "twenty" either, which is its own year.
  if (!past && !g.month && !g.season)
    return (
      THOUSAND_YEAR_LEAD.test(before) && !NUMBER_THROUGH.test(before) && CLAUSE_END.test(after)
    );
  if (!past || g.month || g.season) return false;
  return (
    BARE_YEAR_LEAD.test(before) &&
    !NUMBER_THROUGH.test(before) &&
    !CHANGE_BEFORE_BY.test(before) &&
    !COUNT_RANGE_AFTER.test(after) &&
    !(g.twenty && CLOCK_AFTER.test(after))
  );
}

/** Years spelled out in words, with the month or season before them when there is one. */
export const readSpokenYears: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SPOKEN)) {
    const groups = m.groups!;
    // "May" as a month needs its capital; the year alone needs no month.
    const named = groups.month ?? groups.monthAfter;
    const month = named && CAPITALISED.test(named) ? MONTHS.indexOf(named.toLowerCase()) + 1 : 0;
    const seasonWord = groups.season?.match(SEASON_WORD)?.[0];
    const season = seasonWord ? SEASON_CODES[seasonWord.toLowerCase()] : undefined;
    // "in nineteen oh-seven" is a year; "room nineteen oh-four", "flight nineteen oh-five" and
    // "at nineteen oh-five hours" are numbers or a clock: with no month or season, a year with
    // "oh" needs a preposition of time before it.
    if (groups.oh && !month && !season && !OH_YEAR_BEFORE.test(text.slice(0, m.index))) continue;
    // "two thousand and one", "twenty twenty eight" with no "the year": a year only after a
    // month, a season or a day, and "twenty twenty eight" not after a month alone ("October
    // twenty, twenty oh-one" has its day first).
    if (!groups.century && !groups.theYear) {
      const ownLead = groups.twenty
        ? groups.day || (month && groups.dayFirst) || groups.of || season
        : month || season;
      const lead = ownLead || yearAfterLead(text, m);
      const after = text.slice(m.index + m[0].length);
      if (!lead) continue;
      // "through two thousand three under the Senate plan"; not "In January two thousand under
      // the age of five died", where "under" goes on with the count.
      if (!AFTER_BARE_YEAR.test(after) && (ownLead || !UNDER_AFTER.test(after))) continue;
      if (!groups.twenty && !groups.of && !season && VERB_AFTER_COUNT.test(after)) continue;
      // "the fourth of July, two thousand, officials said"; not "By the fifteenth of March, two
      // thousand in the capital alone had lost their jobs", where the comma opens the count.
      if (groups.dayFirst && !groups.twenty && !CLAUSE_END.test(after)) continue;
    }
    // "the first of may, nineteen fifty-nine" without the month's capital is the year alone.
    const dayWords = groups.day ?? (month ? groups.dayFirst : undefined);
    const day = dayWords
      ? (dayOfOrdinalWords(dayWords) ?? Number.parseInt(dayWords, 10))
      : undefined;
    if (dayWords && (!month || !day || day > 31)) continue;
    const start =
      groups.dayFirst && !month
        ? m.index + m[0].search(/(?<=,\s+)\S/)
        : month || season || !named
          ? m.index
          : m.index + m[0].search(/eighteen|nineteen|the year/i);
    const year = String(spokenYear(groups));
    const value = season
      ? `${year}-${season}`
      : month
        ? `${year}-${String(month).padStart(2, '0')}${day ? `-${String(day).padStart(2, '0')}` : ''}`
        : year;
    const granularity = season ? 'season' : day ? 'day' : month ? 'month' : 'year';
    readings.push({
      start,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value,
        granularity,
        anchor: { kind: 'published', date: published },
      }),
    });
  }
  return readings;
};
