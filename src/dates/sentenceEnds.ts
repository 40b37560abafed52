import { COMPANY_ABBREVIATION } from './companyEnd.ts';

// A period after these does not end the sentence: "4 a.m. EDT Thursday", "U.S. forces
// Thursday", "Gen. Schwarzkopf", "Jan. 31".
const ABBREVIATION =
  /(?:^|[^A-Za-z])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|St|Mt|Jr|Sr|Prof|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs)$/;
const SENTENCE_END = /[.!?]["”’]?(?:\s+|$)/g;
// A company's abbreviated ending ends a sentence when one does ("a unit of Ford Motor Co. The
// stock fell"), but not before a lower-case word ("By August Ford Motor Co. had sold"): the
// abbreviations companyEnd.ts keeps, and "Bros".
const COMPANY_ENDING = new RegExp(String.raw`(?:^|[^A-Za-z])(?:${COMPANY_ABBREVIATION}|Bros)$`);
const LOWER = /^[a-z]$/;
// The character that opens a sentence when `capitalAfter` asks for one.
const CAPITAL_OPENING = /^[A-Z“"]$/;

/**
 * Where each sentence of `s` ends (the index of its closing punctuation), abbreviations aside;
 * with `capitalAfter`, only where the next sentence opens with a capital or a quote.
 *
 * @example sentenceEnds('It rained. Gen. Lee left.', true) // [9]
 */
export function sentenceEnds(s: string, capitalAfter: boolean): number[] {
  const ends: number[] = [];
  for (const m of s.matchAll(SENTENCE_END)) {
    if (s[m.index] === '.' && ABBREVIATION.test(s.slice(0, m.index))) continue;
    const next = m.index + m[0].length;
    if (
      s[m.index] === '.' &&
      LOWER.test(s.charAt(next)) &&
      COMPANY_ENDING.test(s.slice(0, m.index))
    )
      continue;
    if (capitalAfter && !CAPITAL_OPENING.test(s.charAt(next))) continue;
    ends.push(m.index);
  }
  return ends;
}

/**
 * How many sentences end between two offsets of `text`; a line break ends one too, unless the
 * line already ended with its full stop.
 *
 * @example sentencesBetween('On Monday it rained. Crews came. At 10 p.m., …', 3, 33) // 2
 */
export function sentencesBetween(text: string, from: number, to: number): number {
  const lines = text.slice(from, to).split(/\n+/);
  return lines.reduce(
    (n, line, i) =>
      n +
      sentenceEnds(line, false).length +
      (i < lines.length - 1 && !/[.!?]["”’']*\s*$/.test(line) ? 1 : 0),
    0,
  );
}

/**
 * The sentence of `text` that holds `start`..`end`, cut where sentenceEnds cuts (abbreviations
 * aside, with no capital needed after the stop).
 *
 * @example sentenceAt('It rained. Gen. Lee left on Monday.', 16, 34) // ' Gen. Lee left on Monday'
 */
export function sentenceAt(text: string, start: number, end: number): string {
  const to = sentenceEnds(text.slice(end), false)[0];
  return text.slice(sentenceStartAt(text, start), to === undefined ? text.length : end + to);
}

/**
 * Where the sentence of `text` that holds `start` begins, cut as sentenceAt cuts.
 *
 * @example sentenceStartAt('It rained. Gen. Lee left on Monday.', 16) // 10
 */
export function sentenceStartAt(text: string, start: number): number {
  return (sentenceEnds(text.slice(0, start), false).at(-1) ?? -1) + 1;
}
