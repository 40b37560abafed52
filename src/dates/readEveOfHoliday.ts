import type { Pass, Reading } from './Reading.ts';
import { HOLIDAY_NAME_SOURCE, holidayRule, readHolidays } from './readHolidays.ts';
import { shiftTimex } from './shiftTimex.ts';
import { CAPITALISED } from './capitalised.ts';

// "the eve of Passover", "on the eve of Yom Kippur", "the eve of Thanksgiving": the eve of a feast
// named by its name alone, no article or possessive between (readEve reads those).
const EVE_OF_HOLIDAY = new RegExp(
  String.raw`\b[Tt]he eve of (${HOLIDAY_NAME_SOURCE})(?![\w'’-])`,
  'gi',
);

/**
 * "Kosher grocers said they expect their busiest day on the eve of Passover": the day before the
 * feast named, the feast being the day the holiday reader gives its name there (by the clause's
 * tense, a year put after it, a year word), in the news reading (said on 27 March 2026, 1 April
 * 2026, Passover being 2 April; "On the eve of Passover in 2002", 27 March 2002), where nothing was
 * read of the words but the feast. The name must be capitalised, as a holiday's is ("the eve of
 * christmas" is none), and read by the holiday reader as a day of its own (not "the eve of
 * Christmas week"). TimeML's data does not mark an eve, so its mode reads the feast alone, as
 * readEve leaves "the eve of the summit" out.
 *
 * @example readEveOfHoliday('Traffic peaks on the eve of Thanksgiving.', { published: '2026-11-20', locale: 'en-US' })
 * // "the eve of Thanksgiving" 2026-11-25
 */
export const readEveOfHoliday: Pass = (text, options) => {
  const eves = options.timeml
    ? []
    : [...text.matchAll(EVE_OF_HOLIDAY)].filter(
        (m) => CAPITALISED.test(m[1]!) && holidayRule(m[1]!) !== undefined,
      );
  if (eves.length === 0) return [];
  const feasts = readHolidays(text, options);
  return eves.flatMap((m): Reading[] => {
    const start = m.index;
    const end = start + m[0].length;
    const feast = feasts.find((r) => r.start === end - m[1]!.length && r.end === end);
    if (!feast) return [];
    return [
      {
        start,
        end,
        priority: 3,
        resolve: (context) => {
          const day = feast.resolve(context);
          return { ...day, value: shiftTimex(day.value, { amount: -1, unit: 'day' }) };
        },
      },
    ];
  });
};
