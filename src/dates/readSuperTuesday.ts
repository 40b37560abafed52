import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { pad } from './parseChrono.ts';
import type { Pass, Reading } from './Reading.ts';
import { publishedDayReading, publishedDaySpan } from './publishedDayReading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';

// The day of the presidential primaries' "Super Tuesday" in each election year since the name
// was first given to a day of primaries (1984, Mondale against Hart), as the parties' calendars
// set it: the second Tuesday of March until 1996, the first from 2000, 5 February in 2008. A year
// before 1984 had no such day, and a year not here (one after 2024) is left to the weekday.
// Each date is the Super Tuesday of its cycle as Wikipedia's "Super Tuesday" article gives it
// (en.wikipedia.org/wiki/Super_Tuesday, one section a cycle); each is a Tuesday.
const SUPER_TUESDAYS: Readonly<Record<number, string>> = {
  1984: '1984-03-13', // Wikipedia "Super Tuesday", 1984 (Hart's wins over Mondale)
  1988: '1988-03-08', // Wikipedia "Super Tuesday", 1988; Newsday, "Super Tuesday history" (2020)
  1992: '1992-03-10', // Wikipedia "Super Tuesday", 1992 (Clinton's Southern wins)
  1996: '1996-03-12', // Wikipedia "Super Tuesday", 1996 (Dole's sweep)
  2000: '2000-03-07', // Wikipedia "Super Tuesday", 2000 (16 states; Bush and Gore)
  2004: '2004-03-02', // Wikipedia "Super Tuesday", 2004 (not Feb. 3 "Mini-Tuesday")
  2008: '2008-02-05', // Wikipedia "Super Tuesday", 2008 (24 states)
  2012: '2012-03-06', // Wikipedia "Super Tuesday", 2012
  2016: '2016-03-01', // Wikipedia "Super Tuesday", 2016 (the "SEC primary"; not Mar. 15)
  2020: '2020-03-03', // Wikipedia "Super Tuesday", 2020
  2024: '2024-03-05', // Wikipedia "Super Tuesday", 2024
};
// "Super Tuesday", "on Super Tuesday, March 7", "Super Tuesday 2000": the name, with a year right
// after it. Not after "last", "next" or "this" (left to the weekday's readers), nor "Super Tuesdays".
// Not a lower-case "super Tuesday" nor "a Super Tuesday", which on the business pages are a good
// Tuesday ("It was a Super Tuesday on Wall Street as the Dow soared 330 points").
const SUPER_TUESDAY =
  /(?<!\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Aa]n?)\s+)\bSuper Tuesday(?!s\b)(?:\s+((?:19|20)\d\d)(?!\d))?\b/g;

// The date a writer gives after the name, set off by a comma ("on Super Tuesday, Feb. 5", "on
// Super Tuesday, March 7, 2000"): the month, the day and a year if written.
const DATE_AFTER_NAME = new RegExp(
  `^,\\s+(${MONTH_WORD_SOURCE})\\.?\\s+(\\d{1,2})(?!\\d)(?:,\\s+((?:19|20)\\d\\d)(?!\\d))?`,
  'i',
);

// A year written after "in" or "of" right after the name ("won five states on Super Tuesday in
// 1988", "the Super Tuesday of 1992"): that campaign's day, the year left to be read on its own.
// Not a year opening a range ("in 1988-92").
const YEAR_AFTER_IN = /^\s+(?:in|of)\s+((?:19|20)\d\d)(?!\d|[-–/]\d)/;

// "the eve of" right before the name: in the news reading "the eve" is the day before it ("on the
// eve of Super Tuesday", said on 6 March 2000, is 2000-03-06), beside the name's own day. readEve
// dates its occasions by a mention or a weekday; this one's day comes from the table here.
// TimeML's data does not mark an eve, as there.
const EVE_BEFORE = /\b([Tt]he eve) of\s+$/;

/**
 * In the news reading, after "the eve of" right before the name (`m`, dated `day`), that day's eve
 * read over "the eve".
 */
function eveBefore(text: string, m: RegExpExecArray, day: string, published: string): Reading[] {
  const from = Math.max(0, m.index - 20);
  const eve = EVE_BEFORE.exec(text.slice(from, m.index));
  if (!eve) return [];
  const start = from + eve.index;
  const value = shiftTimex(day, { amount: -1, unit: 'day' });
  return [{ ...publishedDaySpan(start, start + eve[1]!.length, value, published), priority: 4 }];
}

/**
 * The date written after "Super Tuesday" and a comma ("on Super Tuesday, Feb. 5", said on 20
 * January 2008, is 2008-02-05), in the name's election year unless one is written after it, as
 * one more day read from publication. The name's reading takes in the "Tuesday" of "Tuesday,
 * Feb. 5", so that date is read here, or it would be lost.
 */
function dateAfterName(text: string, end: number, year: number, published: string): Reading[] {
  const d = DATE_AFTER_NAME.exec(text.slice(end));
  const [whole, monthWord, dayWord, yearWord] = d ?? [];
  if (whole === undefined || monthWord === undefined || dayWord === undefined) return [];
  const month = monthNumber(monthWord);
  const day = Number(dayWord);
  if (month === 0 || day < 1 || day > 31) return [];
  const start = end + whole.indexOf(monthWord);
  const value = `${yearWord ?? year}-${pad(month)}-${pad(day)}`;
  return [{ ...publishedDaySpan(start, end + whole.length, value, published), priority: 4 }];
}

/**
 * The election year a "Super Tuesday" said in `year` is of: the year itself in an election year
 * (before its March day and after), the one just gone by in the year after it, the coming one in
 * the year before it, and in the year between, the one gone by only when told in the past.
 */
function electionYear(year: number, past: boolean): number {
  const offset = year % 4;
  if (offset === 0) return year;
  if (offset === 1) return year - 1;
  if (offset === 3) return year + 1;
  return past ? year - 2 : year + 2;
}

/**
 * "Gore swept all 16 Democratic contests on Super Tuesday", said on 8 March 2000, and "Bush heads
 * into Super Tuesday with a lead", said on 1 March 2000: the primaries' day of that campaign,
 * 2000-03-07, in both readings, where the weekday alone was read as a Tuesday by the tense
 * (2000-02-29 for the second). The campaign is the one of the election year nearest publication
 * (`electionYear`), or the year written after the name, or after "in" or "of" after it ("Clinton
 * swept the South on Super Tuesday in 1992", said on 3 March 2000, is 1992-03-10). It wins over a
 * weekday reading that takes it in ("Super Tuesday next week" is the day and next week, not
 * "Tuesday next week").
 *
 * @example readSuperTuesday('Nearly 1,300 delegates are at stake on Super Tuesday.', { published: '2000-03-01', locale: 'en-US' })
 * // "Super Tuesday" 2000-03-07
 */
export const readSuperTuesday: Pass = (text, { published, timeml }) =>
  [...text.matchAll(SUPER_TUESDAY)].flatMap((m) => {
    const yearWord = m[1] ?? YEAR_AFTER_IN.exec(text.slice(m.index + m[0].length))?.[1];
    const written = yearWord === undefined ? undefined : Number(yearWord);
    const year =
      written ??
      electionYear(
        Number(published.slice(0, 4)),
        tenseAround(text, m.index, m.index + m[0].length) === 'past',
      );
    const day = SUPER_TUESDAYS[year];
    if (day === undefined) return [];
    return [
      { ...publishedDayReading(m, day, published), priority: 4 },
      ...(timeml === true ? [] : eveBefore(text, m, day, published)),
      ...dateAfterName(text, m.index + m[0].length, year, published),
    ];
  });
