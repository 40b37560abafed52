import type { Pass, Reading } from './Reading.ts';
import { HOLIDAY_NAME_SOURCE, holidayByTense, holidayRule } from './readHolidays.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';

// "the eve of Passover", "on the eve of Yom Kippur", "the eve of Thanksgiving": the eve of a feast
// named by its name alone, no article or possessive between (readEve reads those).
const EVE_OF_HOLIDAY = new RegExp(
  String.raw`\b[Tt]he eve of (${HOLIDAY_NAME_SOURCE})(?![\w'’-])`,
  'gi',
);

/**
 * "Kosher grocers said they expect their busiest day on the eve of Passover": the day before the
 * feast named, the feast chosen by the clause's tense as a holiday alone is, in the news reading
 * (said on 27 March 2026, 1 April 2026, Passover being 2 April), where nothing was read of the
 * words but the feast. The name must be capitalised, as a holiday's is ("the eve of christmas" is
 * none). TimeML's
 * data does not mark an eve, so its mode reads the feast alone, as readEve leaves "the eve of the
 * summit" out.
 *
 * @example readEveOfHoliday('Traffic peaks on the eve of Thanksgiving.', { published: '2026-11-20', locale: 'en-US' })
 * // "the eve of Thanksgiving" 2026-11-25
 */
export const readEveOfHoliday: Pass = (text, { published, timeml }) =>
  [...(timeml ? [] : text.matchAll(EVE_OF_HOLIDAY))].flatMap((m): Reading[] => {
    const name = m[1]!;
    const rule = holidayRule(name);
    if (!rule || !/^[A-Z]/.test(name)) return [];
    const start = m.index;
    const end = start + m[0].length;
    return [
      {
        start,
        end,
        priority: 3,
        resolve: () => ({
          type: 'DATE',
          value: shiftTimex(holidayByTense(rule, published, tenseAround(text, start, end)), {
            amount: -1,
            unit: 'day',
          }),
          granularity: 'day',
          anchor: { kind: 'published', date: published },
        }),
      },
    ];
  });
