import { IRREGULAR_PAST } from './irregularPast.ts';
import { sentencesBetween } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';

interface Span {
  start: number;
  end: number;
}

// A blank line: the paragraph ends there.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
// A clause set off by a comma that describes a noun: "The company, founded on May 1, 1990, …",
// "the plant, which opened on March 3, 1998, …", "Mr. Lee, who was born on May 2, 1950, …".
// With its year written out, its date is background to the noun, not the day of the sentence's
// news ("The vote, held on Monday, ended at 9 p.m." tells one day); nor is a plan's date
// ("The hearing, scheduled for Jan. 5, 2026, will begin at 9 a.m.") background.
const DESCRIBING_CLAUSE = new RegExp(
  `,\\s*(?:which|who|whose|whom|where|(?:${IRREGULAR_PAST}|born|begun|done|given|known|taken|seen|written|[a-z]+ed)\\b)[^,;:()]*$`,
  'i',
);
const PLAN =
  /\b(?:scheduled|set|planned|slated|due|expected|postponed|delayed|moved|rescheduled|pushed)\b/i;
const YEAR = /\b\d{4}\b/;

// Only the sentence before counts, so only its end needs finding: the last 1,000 characters
// nearly always hold two sentence ends, and the whole stretch is read only when they do not (an
// article full of clock times would otherwise be read again from the story's day for each one).
function withinSentenceBefore(text: string, from: number, to: number): boolean {
  const window = Math.max(from, to - 1000);
  const ends = sentencesBetween(text, window, to);
  return ends > 1 || window === from ? ends <= 1 : sentencesBetween(text, from, to) <= 1;
}

/**
 * Whether a bare clock time ("at 3 p.m.") is on the day `named` before it names: only when that
 * day is in its sentence or the one just before, in its paragraph ("…founded on Jan. 15, 2019.
 * ⏎⏎ At 3 p.m., the board met" is not that day's); not when the day is told in a clause that
 * describes a noun, with its year, and the clock outside it ("The company, founded on May 1,
 * 1990, will announce results at 3 p.m."); nor when the clock's clause is told in another tense
 * than the day's (a plan "will announce … at 3 p.m." is not on a day gone by).
 *
 * @example clockTakesDay(text, octoberTwentyThird, atTenPm) // true for "On Oct. 23, 1998, the warehouse caught fire. At 10 p.m., the roof fell in."
 */
export function clockTakesDay(text: string, named: Span, clock: Span): boolean {
  if (!withinSentenceBefore(text, named.start, clock.start)) return false;
  const between = text.slice(named.end, clock.start);
  if (PARAGRAPH_BREAK.test(between)) return false;
  const clause = DESCRIBING_CLAUSE.exec(text.slice(Math.max(0, named.start - 80), named.start));
  const background =
    clause !== null &&
    !PLAN.test(clause[0]) &&
    YEAR.test(text.slice(named.start, named.end)) &&
    /[,;:()]/.test(between);
  if (background) return false;
  const dayTense = tenseAround(text, named.start, named.end);
  const clockTense = tenseAround(text, clock.start, clock.end);
  return dayTense === 'unknown' || clockTense === 'unknown' || dayTense === clockTense;
}
