import { getDaysInMonth } from 'date-fns';
import type { Pass, Reading } from './Reading.ts';
import { MONTH_WORD_SOURCE, monthNumber } from './monthNames.ts';
import { pad } from './parseChrono.ts';
import { APPROXIMATOR_BEFORE } from './approximatorBefore.ts';
import { CAPITALISED } from './capitalised.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { AGO_HALF_SOURCE, AGO_UNIT_SOURCE, agoUnitYears } from './agoUnitYears.ts';

// "three years ago this March", "a decade ago this June": an anniversary as wire copy writes it of
// a month it names, that month of the year so many years before publication's, one expression. "Ten
// years ago this June 4" names the day too, and is that day. Only years, decades or centuries are
// counted ("A century ago this 1 July", "Half a century ago this 12 April"): "two weeks ago this
// March" is no anniversary. The month is written with a capital ("Two years ago this may have
// seemed impossible": the modal). A day is one or two digits with no figure after it ("this June 4,
// 1999" is no anniversary of this kind). British copy writes the day first ("Twenty years ago this
// 9 November"), and the same holds.
const COUNT_AGO_THIS_MONTH = new RegExp(
  String.raw`\b(${AGO_HALF_SOURCE})?(${NUMBER_SOURCE})\s+(${AGO_UNIT_SOURCE})\s+ago\s+this\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(${MONTH_WORD_SOURCE})(?:\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:.]|,?\s*\d))?(?![-'’]|\.?\s*\d)`,
  'gi',
);

// "rose 4.2 percent from three years ago this March": a comparison's base, not an anniversary.
const COMPARISON_BEFORE = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than)\s+$/i;

/**
 * "The plant, shut three years ago this March, is to reopen", said on 5 April 2000: one DATE,
 * March 1997, the named month of the year so many years before publication's ("this March" is
 * the publication year's), not a year gone by beside this year's March. Both readings: TimeML
 * marks the whole phrase, as for "ten years ago this month" (readCountAgoThisPeriod). "Ten years
 * ago this June 4, tanks rolled into Tiananmen Square", said on 3 June 1999, is 1989-06-04, and
 * "Twenty years ago this 9 November, the Berlin Wall fell", said on 5 November 2009, 1989-11-09.
 */
export const readCountAgoThisMonthNamed: Pass = (text, { published }) =>
  [...text.matchAll(COUNT_AGO_THIS_MONTH)].flatMap((m): Reading[] => {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // A comparison's base, or a count made approximate ("Some 40 years ago this March"), left to
    // the count alone, as readCountAgoThisPeriod leaves it.
    if (COMPARISON_BEFORE.test(before) || APPROXIMATOR_BEFORE.test(before)) return [];
    const [, half, countWords, unit, dayBefore, monthWord, dayAfter] = m;
    const count = readNumber(countWords!);
    if (count === undefined || !Number.isInteger(count) || count <= 0 || count > 100) return [];
    // A singular unit is counted by one ("a year ago"); "nine thousand one year ago" is a figure.
    if (count !== 1 && !/s$/i.test(unit!)) return [];
    const years = agoUnitYears(count, unit!, half !== undefined);
    if (years === undefined) return [];
    // One day only: "this 9 November 10" is no anniversary of this kind.
    if (dayBefore !== undefined && dayAfter !== undefined) return [];
    if (!CAPITALISED.test(monthWord!)) return [];
    const month = monthNumber(monthWord!);
    const year = Number(published.slice(0, 4)) - years;
    const dayWords = dayBefore ?? dayAfter;
    const day = dayWords === undefined ? undefined : Number(dayWords);
    if (day !== undefined && (day < 1 || day > getDaysInMonth(new Date(year, month - 1))))
      return [];
    const value = `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        priority: 4,
        resolve: () => ({
          type: 'DATE',
          value,
          granularity: day === undefined ? 'month' : 'day',
          anchor: { kind: 'published', date: published },
          offset: { amount: -years, unit: 'year' },
        }),
      },
    ];
  });
