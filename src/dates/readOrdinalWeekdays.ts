import { toLocalDate } from './calendarDate.ts';
import { monthByTense } from './monthByTense.ts';
import { nthWeekday } from './nthWeekday.ts';
import { QUARTER_WORDS } from './quarterWords.ts';
import { MONTH_NAMES } from './monthNames.ts';
import type { Pass, Reading } from './Reading.ts';
import { tenseAround } from './tenseAround.ts';
import { weekdayNumber, WEEKDAY_PATTERN } from './weekdayNames.ts';
import { weekdayOrWeekendMention } from './weekdayOrWeekendMention.ts';
import { CAPITALISED } from './capitalised.ts';

/**
 * Which of a month's weekdays an ordinal picks: the nth from the start (the ordinals a quarter
 * takes, first to fourth), or the last (-1). Every month has four of each weekday, not always a
 * fifth, so "fifth" is not read.
 */
export const ORDINAL_IN_MONTH: Readonly<Record<string, number>> = {
  ...QUARTER_WORDS,
  last: -1,
  final: -1,
};

// "the first Tuesday of November", "the last weekend in April", "the second Monday of June 2026":
// one weekday, or the weekend, of a month counted by its ordinal.
const ORDINAL_WEEKDAY = new RegExp(
  `\\b(?:the\\s+)?(${Object.keys(ORDINAL_IN_MONTH).join('|')})\\s+(${WEEKDAY_PATTERN}|weekend)\\s+(?:of|in)\\s+(${MONTH_NAMES.join('|')})(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);

// The words before an ordinal that make it count turns or a recurrence: "a third Sunday",
// "another second Monday", "every second Tuesday".
const NOT_ONE_OF_THE_MONTH = /\b(?:a|another|every)\s+$/i;

export const SATURDAY = 6;

/**
 * One weekday or the weekend of a month named by its ordinal: "the first Tuesday of November" is
 * that day; "the last weekend of April" the ISO week's weekend that holds April's last Saturday
 * (valued as "the weekend" is, `2025-W17-WE`). A month without a year is the one the sentence's
 * tense gives (`monthByTense`: "takes place" is a present of schedule, so the coming one); when
 * that is the month of publication, a past sentence cannot name a day still to come, nor a future
 * one a day gone, so the year moves by one.
 */
export const readOrdinalWeekdays: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(ORDINAL_WEEKDAY)) {
    // "may" in lower case is not the month.
    if (!CAPITALISED.test(m[3]!)) continue;
    const ordinal = ORDINAL_IN_MONTH[m[1]!.toLowerCase()]!;
    // "met last Friday in March" is the Friday just gone, said to be in March; only "the last
    // Friday in March" counts back from the month's end.
    if (ordinal < 0 && !/^the\s/i.test(m[0])) continue;
    // "for a third Sunday in March" counts turns, not Sundays of the month: the day is the bare
    // weekday's. "every second Tuesday in May" recurs: the readers of sets take it.
    if (NOT_ONE_OF_THE_MONTH.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const word = m[2]!.toLowerCase();
    const weekend = word === 'weekend';
    const weekday = weekend ? SATURDAY : weekdayNumber(word);
    const month = (MONTH_NAMES as readonly string[]).indexOf(m[3]!.toLowerCase()) + 1;
    const start = m.index;
    const end = start + m[0].length;
    const dayIn = (year: number) => nthWeekday(new Date(year, month - 1, 1), weekday, ordinal);
    readings.push({
      start,
      end,
      priority: 3,
      resolve: () => {
        const tense = tenseAround(text, start, end);
        let year = m[4] ? Number(m[4]) : Number(monthByTense(month, published, tense).slice(0, 4));
        const pub = toLocalDate(published);
        const sameMonth = year === pub.getFullYear() && month === pub.getMonth() + 1;
        if (!m[4] && sameMonth) {
          const named = dayIn(year);
          if (tense === 'past' && named > pub) year -= 1;
          if (tense === 'future' && named < pub) year += 1;
        }
        return weekdayOrWeekendMention(dayIn(year), weekend, published);
      },
    });
  }
  return readings;
};
