import { subMonths, subWeeks } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import type { Pass, Reading } from './Reading.ts';
import { toTimex } from './toTimex.ts';

// "Initial claims fell by 14,000 in the latest week", "Money supply rose in the most recent
// week": a weekly or monthly report's figure for the last week or month its data covers, which is
// the last one completed before publication (claims and money supply are reported some days after
// their week ends). Not "the latest week's", "the latest week-long", nor a week or month another
// word places ("the latest week of talks", "the latest week ended Friday", "the latest month to
// March"), which are left to their own readers; "to" before a figure is the level reached ("rose
// by 9,000 in the latest week to 452,000"), but a day before a month's name is the day the week or
// month runs to ("the latest month to 30 June"). Nor a stretch run up to now ("Over the latest
// month, the dollar has fallen 5%"), which is no calendar week or month.
const LATEST_WEEK = new RegExp(
  String.raw`(?<!\b(?:over|across|throughout)\s+)\bthe\s+(?:latest|most\s+recent)\s+(week|month)\b(?!['’-]|\s+(?:of|ended|ending|in|on)\b|\s+to\s+(?![$£]?\d)|\s+to\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD_SOURCE})`,
  'gi',
);

/**
 * "the latest week", "the most recent month": the last week or month completed before
 * publication.
 */
export const readLatestWeek: Pass = (text, { published }) =>
  [...text.matchAll(LATEST_WEEK)].map((m): Reading => {
    const unit = m[1]!.toLowerCase() as 'week' | 'month';
    const day = toLocalDate(published);
    const before = unit === 'week' ? subWeeks(day, 1) : subMonths(day, 1);
    return {
      start: m.index,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: toTimex(before, unit),
        granularity: unit,
        anchor: { kind: 'published', date: published },
      }),
    };
  });
