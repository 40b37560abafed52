import type { Pass, Reading } from './Reading.ts';
import { APPROXIMATOR_BEFORE } from './approximatorBefore.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { anniversaryReading } from './anniversaryReading.ts';
import { AGO_HALF_SOURCE, AGO_UNIT_SOURCE, agoUnitYears } from './agoUnitYears.ts';

// "ten years ago this month", "50 years ago this week", "a year ago last month": an anniversary
// as wire copy writes it, the month or week of publication (or the one before it) that many years
// back, one expression. Only years, decades or centuries are counted ("a century ago this month"):
// "two weeks ago this month" is no anniversary.
const COUNT_AGO_THIS_PERIOD = new RegExp(
  String.raw`\b(${AGO_HALF_SOURCE})?(${NUMBER_SOURCE})\s+(${AGO_UNIT_SOURCE})\s+ago\s+(this|last)\s+(month|week)\b(?![-'’])`,
  'gi',
);

// "rose 4.2 percent from a year ago last month", "compared with a year ago last month": a
// year-on-year figure's base, "a year ago", with the month the figure is for, two dates.
const COMPARISON_BEFORE = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+$/i;

/**
 * "The probe, launched ten years ago this month", "It opened 50 years ago this week": one DATE,
 * the month (March 2004, said in March 2014) or the week of publication so many years back, not a
 * year gone by beside the month of publication. Both readings: TimeML marks the whole phrase.
 */
export const readCountAgoThisPeriod: Pass = (text, { published }) =>
  [...text.matchAll(COUNT_AGO_THIS_PERIOD)].flatMap((m): Reading[] => {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // A comparison's base, or a count made approximate or bounded ("Some 40 years ago this
    // month", "more than 20 years ago"), left to the count alone, whose words and mod take it in.
    if (COMPARISON_BEFORE.test(before) || APPROXIMATOR_BEFORE.test(before)) return [];
    const [, half, countWords, unit, thisOrLast, period] = m;
    const count = readNumber(countWords!);
    // A singular unit is counted by one ("a year ago"); "nine thousand one year ago" is a figure.
    if (count === undefined || !Number.isInteger(count) || count <= 0) return [];
    if (count !== 1 && !/s$/i.test(unit!)) return [];
    const years = agoUnitYears(count, unit!, half !== undefined);
    if (years === undefined) return [];
    return [
      anniversaryReading(m.index, m.index + m[0].length, published, {
        count: years,
        granularity: period!.toLowerCase() as 'month' | 'week',
        previous: thisOrLast!.toLowerCase() === 'last',
      }),
    ];
  });
