import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A year the story is told in: "in 2006", "in June 2006", "on 3 May 2006", "in the summer of 2006",
// not one a span runs from or to ("since 1990", "until 2001"); or "last year" after a month or a
// day and month ("On Jan. 11 last year", "in June last year"). Group 1 is the season, 2 and 4
// the day (before or after the month), 3 the month, 5 the year in figures, 6 "last year".
const STORY_YEAR = new RegExp(
  `\\b(?:in|on)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:the\\s+(\\w+)\\s+of|(?:(\\d{1,2})\\s+)?(${MONTH_WORD_SOURCE})\\.?(?:\\s+(\\d{1,2}),?)?)\\s+)?(?:((?:1[89]|20)\\d\\d)\\b(?![\\d%]|,\\d)|(last\\s+year)\\b(?!['’]))`,
  'gi',
);
// The month a season of the story opens in; winter runs into the next year and gives none.
const SEASON_OPENS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9 };
// Another time named between the story's month and the day: the story has moved on from it
// ("… in January, and rail staff plan a stoppage on March 18"). "Have since" or "has since"
// brings the story up to now ("Engineers have since rebuilt the dam. On April 2, the town held a
// festival").
const OTHER_TIME = new RegExp(
  `\\b(?:${MONTH_WORD_SOURCE}|${WEEKDAY_PATTERN}|${SEASON_PATTERN}|(?:1[89]|20)\\d\\d\\b|yesterday|today|now|currently|ha(?:ve|s)\\s+since|(?:this|last|next)\\s+(?:week|month|year))`,
  'i',
);
// A sentence of background, the start of a life or a body ("The company was founded in March
// 1998", "She was born in May 1960", "The bridge, built in the summer of 1931, …"): the story goes
// back to its own time after it, so a day told next is not of that year.
const BACKGROUND = /\b(?:founded|established|born|built|formed|incorporated|created|set\s+up)\b/i;
// How many months on from the story's month a day may be and still be of its story.
const STORY_MONTHS = 6;

/**
 * "The fraud was discovered in June 2006. Lister was arrested on 24 July.", told in March 2011: a
 * day and month with no year of its own, told in the past in a sentence after one of its
 * paragraph that tells a deed in a month or season of a year gone by, and within a few months
 * after it, is a day of that story, when the latest such day before publication (`plain`) would
 * lie in a year before publication's (news names a day of its own year bare, and would say "last
 * July"). Not after a bare year, which is most often background ("The company was founded in
 * 1998. It cut 300 jobs on 4 March."), nor after a founding, a birth or a building ("founded in
 * March 1998"); not a day before the month named ("launched in October 2019 … fired on 2
 * February"); not when another time is named between them. Only the sentences before count, back
 * to the last that names a year in its paragraph, not the day's own ("Under a program approved in
 * 1987, the company had bought shares through Sept. 29"). After "last year" with a month ("On Jan.
 * 11 last year, the ship sank. On Jan. 25, divers reached it.", told in June 2024), a day of
 * publication's year that follows the story's day is of the story too (2023-01-25). Returns the
 * story's day, or `plain`.
 */
export function storyDay(
  text: string,
  start: number,
  published: string,
  tense: Tense,
  plain: string,
): string {
  const publishedYear = Number(published.slice(0, 4));
  if (tense !== 'past' || Number(plain.slice(0, 4)) > publishedYear) return plain;
  // The paragraph so far: a story told over several sentences keeps its year until another time
  // is named ("On Jan. 11 last year, the ship sank. All 30 crew died. On Jan. 25, …").
  const window = text.slice(Math.max(0, start - 400), start);
  const before = window.slice(window.search(/\n\s*\n(?![\s\S]*\n\s*\n)/) + 1);
  const ends = sentenceEnds(before, true);
  if (ends.length === 0) return plain;
  // The last sentence before the day's that tells a year.
  let from = 0;
  let sentence = '';
  let told: RegExpExecArray | undefined;
  for (let i = ends.length - 1; i >= 0 && told === undefined; i--) {
    from = i > 0 ? ends[i - 1]! + 1 : 0;
    sentence = before.slice(from, ends[i]! + 1);
    told = [...sentence.matchAll(STORY_YEAR)].at(-1);
  }
  if (told === undefined || BACKGROUND.test(sentence)) return plain;
  const lastYear = told[6] !== undefined;
  // A day of publication's year is the story's only after "last year" ("On Jan. 11 last year, the
  // ship sank. On Jan. 25, divers reached it."): the writer who named the year goes on in it, and
  // would name this year to leave it; after a year in figures news names a day of its own year
  // bare.
  if (plain.slice(0, 4) === published.slice(0, 4) && !lastYear) return plain;
  const year = lastYear ? publishedYear - 1 : Number(told[5]);
  const opens = told[3] ? monthNumber(told[3]) : SEASON_OPENS[(told[1] ?? '').toLowerCase()];
  const month = Number(plain.slice(5, 7));
  const toldDay = Number(told[2] ?? told[4] ?? 0);
  if (
    opens === undefined ||
    year >= publishedYear ||
    month < opens ||
    (month === opens && lastYear && Number(plain.slice(8, 10)) < toldDay) ||
    month - opens > STORY_MONTHS ||
    OTHER_TIME.test(before.slice(from + told.index + told[0].length))
  )
    return plain;
  return `${year}${plain.slice(4, 10)}`;
}
