import { getDaysInMonth } from 'date-fns';
import { monthByTense } from './monthByTense.ts';
import {
  MONTH_CAPITALISED_SOURCE,
  MONTH_NAME_CAPITALISED_SOURCE,
  monthNumber,
} from './monthNames.ts';
import { pad } from './parseChrono.ts';
import type { Pass, Reading } from './Reading.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { REPORTING_VERBS } from './reportingVerbs.ts';
import { seasonByTense } from './seasonByTense.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import { yearOfValue } from './valueShape.ts';

// "He died in a car crash that September", "That summer she met her husband": a month or season
// of the year the story is in, the one last named ("in 1955"), not the one of publication. Not
// "that" opening a clause after a verb of saying or thinking ("said that September was the
// worst month"), or of forecasting with a verb after the month, nor "that fall" as a noun ("that
// fall in prices").
// The verbs of saying tenseAround reads (all past: "said", "noted", "told" …), their present
// forms, verbs of thinking and showing, and "so that", "such that", "the fact that".
const SAYING_OR_THINKING = [
  ...REPORTING_VERBS,
  'says|say|saying|notes|warned|warns|argued?|argues|adds',
  'believe[sd]?|expect(?:s|ed)?|hope[sd]?|think|thinks|thought|knew|know|knows|feel|feels|felt',
  'show(?:s|ed)?|found|means|meant|suggest(?:s|ed)?|clear|so|such|fact',
].join('|');
// Verbs of forecasting and deciding open a clause with "that" only when the month has a verb of
// its own after it ("forecast that July would be warmer", "predicted that March would bring the
// peak"); before "to", "that" or a preposition "that June" is the time of the deed ("The Allies
// agreed that July to divide Berlin", "Doctors confirmed that March that the tumor had spread").
const FORECASTING_OR_DECIDING =
  'forecasts?|forecasted|predict(?:s|ed)?|project(?:s|ed)|estimate[sd]?|agreed|decided|confirm(?:s|ed)?';
const OWN_VERB = `would|will|was|is|were|are|could|should|might|may|must|can|had|has|have|brought|saw|became|began|came|proved|${REGULAR_PAST}`;
const THAT_MONTH = new RegExp(
  `(?<!\\b(?:${SAYING_OR_THINKING})\\s)(?!(?<=\\b(?:${FORECASTING_OR_DECIDING})\\s)that\\s+(?:same\\s+)?(?:${MONTH_NAME_CAPITALISED_SOURCE}|${SEASON_PATTERN})\\s+(?:${OWN_VERB})\\b)\\b([Tt]hat)\\s+(?:same\\s+)?(?:(${MONTH_NAME_CAPITALISED_SOURCE})|(${SEASON_PATTERN}))\\b(?!['’-])(?!(?<=fall)\\s+(?:in|of|from|on|to|was|is|and)\\b)`,
  'g',
);

// "in September of that year", "November of that same year", "the spring of the same year", "in
// March of the following year": a month or season of the year last named, or of the year after or
// before it, one expression; "September of last year", "the autumn of next year": of the year
// before or after publication's.
// A day may stand with the month ("Dec. 31 of next year", "March 3 of that year"): that day of the
// year named, one expression, not the day read alone by nearness and a year beside it.
const OF_THAT_YEAR = new RegExp(
  `\\b(?:(${MONTH_NAME_CAPITALISED_SOURCE})|(?:[Tt]he\\s+)?(${SEASON_PATTERN})|(${MONTH_CAPITALISED_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+of\\s+(?:that(?:\\s+same)?|the\\s+(same|following|next|previous|preceding)|(last|this|next))\\s+year\\b`,
  'g',
);
const YEAR_SHIFT: Record<string, number> = {
  following: 1,
  next: 1,
  previous: -1,
  preceding: -1,
  last: -1,
};

/** Whether a day number is one of its month's in some year (a leap year's, for Feb. 29). */
const isRealDay = (month: string, day: string) =>
  Number(day) >= 1 && Number(day) <= getDaysInMonth(new Date(2000, monthNumber(month) - 1));

/** "September of that year", "the spring of the following year": of the year last named. */
function ofThatYear(text: string, published: string): Reading[] {
  return [...text.matchAll(OF_THAT_YEAR)]
    .filter((m) => m[4] === undefined || isRealDay(m[3]!, m[4]))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 3,
      anaphoric: true,
      resolve: ({ anaphoric }) => {
        const named = yearOfValue(anaphoric.value);
        const fromPublished =
          m[6] !== undefined || named === undefined || anaphoric.source.kind === 'published';
        const year =
          (fromPublished ? Number(published.slice(0, 4)) : Number(named)) +
          (YEAR_SHIFT[(m[5] ?? m[6] ?? '').toLowerCase()] ?? 0);
        const part = m[1]
          ? pad(monthNumber(m[1]))
          : m[3]
            ? `${pad(monthNumber(m[3]))}-${pad(Number(m[4]))}`
            : SEASON_CODES[m[2]!.toLowerCase()]!;
        return {
          type: 'DATE',
          value: `${year}-${part}`,
          granularity: m[1] ? 'month' : m[3] ? 'day' : 'season',
          anchor: fromPublished ? { kind: 'published', date: published } : anaphoric.source,
        };
      },
    }));
}

/** "that September", "that summer": the month or season in the year of the mention before it. */
export const readMonthOfThatYear: Pass = (text, { published }) => [
  ...ofThatYear(text, published),
  ...[...text.matchAll(THAT_MONTH)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 3,
    anaphoric: true,
    resolve: ({ anaphoric }) => {
      const year = yearOfValue(anaphoric.value);
      // With no year named before ("Temperatures soared that summer." opening a story), the one
      // gone by: the month as a past sentence reads it, the season before the current one.
      const fromPublished = year === undefined || anaphoric.source.kind === 'published';
      const season = m[3] ? SEASON_CODES[m[3].toLowerCase()]! : undefined;
      const value = m[2]
        ? fromPublished
          ? monthByTense(monthNumber(m[2]), published, 'past')
          : `${year}-${pad(monthNumber(m[2]))}`
        : fromPublished
          ? seasonByTense(season!, published, 'past', 'last')
          : `${year}-${season!}`;
      return {
        type: 'DATE',
        value,
        granularity: m[2] ? 'month' : 'season',
        anchor: fromPublished ? { kind: 'published', date: published } : anaphoric.source,
      };
    },
  })),
];
