import type { Pass, Reading } from './Reading.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { tenseAround } from './tenseAround.ts';

// "this school year", "last academic year", "the current school year", "the coming academic
// year": a school year counted from the one publication falls in; "the new school year" the one
// that opens next or has opened since August (NEW_SCHOOL_YEAR). Not "the last school year"
// ("the last school year before the merger" is the final one), nor one's own ("In her last school
// year before retiring"), nor a compound ("school-year").
const SCHOOL_YEAR_FROM_NOW =
  /(?<!\b(?:the|my|your|his|her|its|our|their)\s+)\b(this|last|next|the current|the coming|the upcoming|the past|the previous|the new)\s+(?:school|academic)\s+year\b(?![-'’])/gi;
// "two school years", "three academic years": a count of them, a length of years.
const SCHOOL_YEARS_COUNTED = new RegExp(
  String.raw`\b(${NUMBER_SOURCE})\s+(?:school|academic)\s+years\b`,
  'gi',
);
// How many school years on from the current one each word counts.
const STEP: Readonly<Record<string, number>> = {
  this: 0,
  'the current': 0,
  last: -1,
  'the past': -1,
  'the previous': -1,
  next: 1,
  'the coming': 1,
  'the upcoming': 1,
};
// The month a school year opens in: schools in much of the US open in August, British ones in
// September, so from August a "this school year" is the one opening then.
const OPENING_MONTH = 8;

// "the new school year", "the new academic year": the one opening in the year of publication,
// told before it opens ("in time for the new school year", said in June 2026, is `2026/2027`)
// or since it opened ("since the start of the new school year", said in October 2026, alike).
// Told in the past before the opening month it is the one begun, which publication falls in
// ("Since the start of the new school year in September, absences have fallen", said in February
// 2026, is `2025/2026`).
const NEW_SCHOOL_YEAR = 'the new';

/** The first calendar year of the school year publication falls in. */
function schoolYearOpening(published: string): number {
  const year = Number(published.slice(0, 4));
  return Number(published.slice(5, 7)) >= OPENING_MONTH ? year : year - 1;
}

/**
 * A school or academic year named from now, in both readings: "Enrollment is down 3 percent this
 * academic year", said on 2 September 2026, is its two calendar years, `2026/2027`, as "the
 * 2026-27 school year" is (readYearRanges); said in March 2026 it is `2025/2026`. "last school
 * year" is the one before, "next academic year" the one after; "the new school year" is the one
 * that opens in the year of publication, ahead or begun ("Pupils will have new uniforms for the
 * new school year", said on 12 June 2026, is `2026/2027`; said on 12 October 2026 alike; told in the
 * past before August, the one begun, `2025/2026` said in February 2026). A count of them ("for the next two
 * academic years") is a length of years, `P2Y`.
 *
 * @example
 * // [2026/2027]
 * readSchoolYears('Enrollment is down this academic year.', { published: '2026-09-02', locale: 'en-US' });
 */
export const readSchoolYears: Pass = (text, { published }) => {
  const anchor = { kind: 'published', date: published } as const;
  const readings: Reading[] = [];
  for (const m of text.matchAll(SCHOOL_YEAR_FROM_NOW)) {
    const word = m[1]!.toLowerCase();
    const first =
      word !== NEW_SCHOOL_YEAR
        ? schoolYearOpening(published) + STEP[word]!
        : tenseAround(text, m.index, m.index + m[0].length) === 'past'
          ? schoolYearOpening(published)
          : Number(published.slice(0, 4));
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: `${first}/${first + 1}`,
        granularity: 'span',
        anchor,
      }),
    });
  }
  for (const m of text.matchAll(SCHOOL_YEARS_COUNTED)) {
    const amount = readNumber(m[1]!);
    if (amount === undefined || !Number.isInteger(amount)) continue;
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({ type: 'DURATION', value: `P${amount}Y`, granularity: 'span', anchor }),
    });
  }
  return readings;
};
