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
// "the plant, which opened on March 3, …", "Mr. Lee, who was born in 1950, …". Its date is
// background to the noun, not the day of the sentence's news.
const DESCRIBING_CLAUSE = new RegExp(
  `,\\s*(?:which|who|whose|whom|where|(?:${IRREGULAR_PAST}|born|begun|done|given|known|taken|seen|written|[a-z]+ed)\\b)[^,;:()]*$`,
  'i',
);

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
 * describes a noun and the clock outside it ("The company, founded on May 1, 1990, will announce
 * results at 3 p.m."); nor when the clock's clause is told in another tense than the day's (a
 * plan "will announce … at 3 p.m." is not on a day gone by).
 *
 * @example clockTakesDay(text, octoberTwentyThird, atTenPm) // true for "On Oct. 23, 1998, the warehouse caught fire. At 10 p.m., the roof fell in."
 */
export function clockTakesDay(text: string, named: Span, clock: Span): boolean {
  if (!withinSentenceBefore(text, named.start, clock.start)) return false;
  const between = text.slice(named.end, clock.start);
  if (PARAGRAPH_BREAK.test(between)) return false;
  const described =
    DESCRIBING_CLAUSE.test(text.slice(Math.max(0, named.start - 80), named.start)) &&
    /[,;:()]/.test(between);
  if (described) return false;
  const dayTense = tenseAround(text, named.start, named.end);
  const clockTense = tenseAround(text, clock.start, clock.end);
  return dayTense === 'unknown' || clockTense === 'unknown' || dayTense === clockTense;
}
