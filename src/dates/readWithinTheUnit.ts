import type { Pass, Reading } from './Reading.ts';

// The length each unit after "within the" is.
const LENGTH: Readonly<Record<string, string>> = {
  hour: 'PT1H',
  week: 'P1W',
  fortnight: 'P2W',
  month: 'P1M',
  year: 'P1Y',
};

// "within the hour", "within the week": the unit after "within the". Not before "of", a year or a
// possessive ("within the month of May", "within the year 2025", "within the week's deadline").
const WITHIN_THE_UNIT = new RegExp(
  String.raw`(?<=\bwithin\s+)the\s+(${Object.keys(LENGTH).join('|')})\b(?!\s+(?:of|\d)|['’])`,
  'gi',
);

/**
 * "within the hour", "within the week", "within the month", "within the fortnight", "within the
 * year": a length from the time told of, as "within 30 days" and "within a week" are read
 * ("Firefighters arrived within the hour" is "the hour" `PT1H`; "A decision is expected within the
 * week" `P1W`), where chrono read "within the hour" as the day of publication and the others
 * were not read at all. The extent is "the" and the unit, as "within 30 days" leaves "within" out.
 *
 * Not the unit before "of", a year or a possessive ("within the month of May", "within the year
 * 2025", "within the week's deadline"); "within the hour-long window" is left to the reader of
 * "hour-long".
 */
export const readWithinTheUnit: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(WITHIN_THE_UNIT)) {
    const value = LENGTH[m[1]!.toLowerCase()]!;
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DURATION',
        value,
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      }),
    });
  }
  return readings;
};
