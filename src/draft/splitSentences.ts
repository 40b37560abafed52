/** A sentence of an article: its offsets (UTF-16, end exclusive) and its text. */
export type Sentence = { index: number; start: number; end: number; text: string };

/**
 * Words that end in a full stop without ending the sentence: titles before names, and the
 * abbreviations news copy uses most. A single capital letter ("U.S.", "J. Smith") counts too.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'est',
  'fig',
]);

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z]+)\.$/.exec(before)?.[1];
  if (word === undefined) return false;
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits an article into sentences: every line is at least one (wire copy and transcripts put
 * headlines, datelines and captions on lines of their own), and inside a line a sentence ends at
 * `.`, `!` or `?` (closing quotes and brackets included) before white space and a capital letter,
 * a digit or an opening quote, unless the word before the stop is an abbreviation.
 *
 * @example splitSentences('Mr. Putin met him. They talked.').map((s) => s.text)
 * // ['Mr. Putin met him.', 'They talked.']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) {
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    }
  };
  const boundary = /[.!?]["'”’)\]]*(?=[ \t]+["“‘'(]?[A-Z0-9])|\r?\n/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].endsWith('\n')) {
      push(start, match.index);
      start = end;
      continue;
    }
    if (match[0].startsWith('.') && endsWithAbbreviation(text.slice(start, match.index + 1))) {
      continue;
    }
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}
