import type { Pass, Reading } from './Reading.ts';
import { anniversaryReading } from './anniversaryReading.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';

// "40 years this month since", "50 years last week since": an anniversary told as the years
// since a happening, in the month or week of publication (or the one before).
const COUNT_THIS_PERIOD_SINCE = new RegExp(
  `\\b(${NUMBER_SOURCE})\\s+(years?)\\s+(this|last)\\s+(month|week)\\s+since\\b`,
  'gi',
);

/**
 * News reading: "It is 40 years this month since the miners' strike ended", said in March 2025,
 * dates the happening to March 1985, one DATE, as "40 years ago this month" is; "It was 60 years
 * this week since the single came out" the week of publication 60 years back. The timeline wants
 * the happening's date, where "40 years" and "this month" were read apart and put it now. TimeML
 * mode keeps the length and the month apart, as its annotators mark them. Only before "since":
 * "40 years this month" alone is left as it was.
 */
export const readCountThisPeriodSince: Pass = (text, { published, timeml }) =>
  timeml
    ? []
    : [...text.matchAll(COUNT_THIS_PERIOD_SINCE)].flatMap((m): Reading[] => {
        const count = readNumber(m[1]!);
        if (count === undefined || !Number.isInteger(count) || count <= 0) return [];
        if (count !== 1 && !m[2]!.toLowerCase().endsWith('s')) return [];
        const since = m[0].length - /\s+since$/i.exec(m[0])![0].length;
        return [
          anniversaryReading(m.index, m.index + since, published, {
            count,
            granularity: m[4]!.toLowerCase() as 'month' | 'week',
            previous: m[3]!.toLowerCase() === 'last',
          }),
        ];
      });
