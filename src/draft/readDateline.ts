import { isValid } from 'date-fns';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** An upper-case place before the date, as wire copy writes it: "WASHINGTON, ", "NEW YORK, N.Y., ". */
const PLACE = "(?:[A-Z][A-Z.'’ -]+(?:,\\s*[A-Z][\\w.]*\\.?)?,\\s+)?";
/** What may follow the date on its line: nothing, an agency in brackets, a dash or a colon. */
const AFTER = '\\s*(?:\\([^)]*\\))?\\s*(?:[–—:-]|$)';

const PATTERNS: {
  re: RegExp;
  read: (m: RegExpExecArray) => [string, string, string | undefined];
}[] = [
  {
    re: new RegExp(`^${PLACE}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?${AFTER}`, 'm'),
    read: (m) => [m[1]!, m[2]!, m[3]],
  },
  {
    re: new RegExp(`^${PLACE}${WEEKDAY}(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?${AFTER}`, 'm'),
    read: (m) => [m[2]!, m[1]!, m[3]],
  },
];

/** What a dateline gave: the day, and the words of the reasoning recorded with it. */
export type Dateline =
  | { found: true; date: string; reasoning: string[] }
  | { found: false; reason: 'none' | 'no-year'; line?: string };

/** "Sept.", "Sep" and "September" are all 9. */
function monthNumber(word: string): number {
  const w = word.replace('.', '').toLowerCase();
  return MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)]!;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The publication date from a dateline the article opens with (one of its first three lines):
 * "June 8, 2010", "Tuesday, June 8, 2010", "8 June 2010", "2010-06-08", or wire style
 * "WASHINGTON, March 3 (Reuters) –". A dateline without a year takes the latest year the text
 * names that is not after the year it was read (`thisYear`), and the reasoning says so; with no
 * year anywhere it is refused.
 *
 * @example readDateline('Apple sues\nJune 8, 2010\nApple said…', 2026)
 * // { found: true, date: '2010-06-08', reasoning: ['Read from the dateline "June 8, 2010".'] }
 */
export function readDateline(text: string, thisYear: number): Dateline {
  const opening = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 3)
    .join('\n');
  const iso = /^(?:[A-Z][A-Z.'’ -]+,\s+)?(\d{4})-(\d{2})-(\d{2})\s*$/m.exec(opening);
  let parts: [string, number, number, string | undefined, string] | undefined;
  if (iso) parts = [iso[0], Number(iso[2]), Number(iso[3]), iso[1], iso[0]];
  for (const { re, read } of PATTERNS) {
    if (parts) break;
    const m = re.exec(opening);
    if (!m) continue;
    const [month, day, year] = read(m);
    parts = [m[0], monthNumber(month), Number(day), year, m[0]];
  }
  if (!parts) return { found: false, reason: 'none' };
  const [, month, day, year, words] = parts;
  const line = words.replace(/\s*[–—:-]\s*$/, '').trim();
  const reasoning = [`Read from the dateline “${line}”.`];
  let y = year === undefined ? undefined : Number(year);
  if (y === undefined) {
    const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)]
      .map((m) => Number(m[1]))
      .filter((n) => n <= thisYear);
    if (years.length === 0) return { found: false, reason: 'no-year', line };
    y = Math.max(...years);
    reasoning.push(`The dateline gives no year; ${y} is the latest year the article names.`);
  }
  const date = new Date(y, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { found: false, reason: 'none', line };
  }
  return { found: true, date: `${y}-${pad(month)}-${pad(day)}`, reasoning };
}

/**
 * Where a wire dateline that opens an article's first line ends, when the lead sentence goes on
 * after it on the same line ("GENEVA, March 5, 2025 (Reuters) – Trade ministers met…"): the
 * offset of the lead's first word. Undefined when the first line is no such dateline.
 *
 * @example datelineEnd('GENEVA, March 5 (Reuters) – Ministers met on Tuesday.') // 28
 */
export function datelineEnd(text: string): number | undefined {
  const first = /\S[^\n]*/.exec(text);
  if (!first) return undefined;
  for (const { re } of PATTERNS) {
    const m = re.exec(first[0]);
    if (!m || !/[–—:-]$/.test(m[0])) continue;
    const lead = /\S/.exec(first[0].slice(m[0].length));
    if (lead) return first.index + m[0].length + lead.index;
  }
  return undefined;
}
