import { MONTH_NAMES } from './monthNames.ts';
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

// Broadcast transcripts spell years out: "nineteen ninety-six", "January nineteen ninety-seven",
// "the year two thousand".
const SPOKEN = new RegExp(
  `\\b(?:(${MONTHS.join('|')})\\s+)?(?:(eighteen|nineteen)[- ](?:(${TEENS.join('|')})|(${TENS.join('|')})(?:[- ](${ONES.join('|')}))?)|the year two thousand(?: and (${ONES.join('|')}))?)\\b`,
  'gi',
);

/** The year a spelled-out year names: "nineteen ninety-six" → 1996, "the year two thousand" → 2000. */
export function spokenYear(m: RegExpMatchArray): number {
  if (!m[2]) return 2000 + (m[6] ? ONES.indexOf(m[6].toLowerCase()) + 1 : 0);
  const century = m[2].toLowerCase() === 'eighteen' ? 1800 : 1900;
  if (m[3]) return century + 10 + TEENS.indexOf(m[3].toLowerCase());
  const tens = 20 + 10 * TENS.indexOf(m[4]!.toLowerCase());
  return century + tens + (m[5] ? ONES.indexOf(m[5].toLowerCase()) + 1 : 0);
}

/** Years spelled out in words, with the month before them when there is one. */
export const readSpokenYears: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SPOKEN)) {
    // "May" as a month needs its capital; the year alone needs no month.
    const month = m[1] && /^[A-Z]/.test(m[1]) ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
    const start = month || !m[1] ? m.index : m.index + m[1].length + 1;
    const year = String(spokenYear(m));
    const value = month ? `${year}-${String(month).padStart(2, '0')}` : year;
    readings.push({
      start,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value,
        granularity: month ? 'month' : 'year',
        anchor: { kind: 'published', date: published },
      }),
    });
  }
  return readings;
};
