import { differenceInCalendarDays, getDay } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { toTimex } from './toTimex.ts';

const WEEKEND = /^weekend$/i;
const OF_BETWEEN = /^\s+of\s+$/i;
// What joins the two days of a weekend written apart: "21-22", "21/22", "21 and 22", "21 & 22".
const DAYS_JOINED = /^(?:\s*[-–—/&]\s*|\s+and\s+)$/i;
// A day's value, or a stretch of two days ("2026-03-21/2026-03-22", as the news reading joins
// "21-22 March").
const DAYS = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/;
// getDay's Friday, Saturday and Sunday: the days a weekend named by its dates opens on.
const WEEKEND_OPENERS = new Set([5, 6, 0]);

/** The first and last day of a mention of one day or a stretch of days, or undefined. */
function daysOf(m: Mention): [string, string] | undefined {
  if (m.type !== 'DATE') return undefined;
  const days = DAYS.exec(m.value);
  return days ? [days[1]!, days[2] ?? days[1]!] : undefined;
}

/**
 * The ISO weekend of days named from a Friday, Saturday or Sunday to a day no later than that
 * Sunday (`2026-W12-WE` for 21 and 22 March 2026), or undefined for any other days.
 */
function weekendOf(first: string, last: string): string | undefined {
  const opens = toLocalDate(first);
  const weekday = getDay(opens);
  if (!WEEKEND_OPENERS.has(weekday)) return undefined;
  const span = differenceInCalendarDays(toLocalDate(last), opens);
  const toSunday = (7 - weekday) % 7;
  if (span < 0 || span > toSunday) return undefined;
  return `${toTimex(opens, 'week')}-WE`;
}

/** "weekend of 21-22 March" as one mention, with how many mentions after "weekend" it takes in. */
function weekendOfDays(
  text: string,
  mentions: readonly Mention[],
  i: number,
): { mention: Mention; taken: number } | undefined {
  const weekend = mentions[i]!;
  const first = mentions[i + 1];
  if (!WEEKEND.test(weekend.text) || !first) return undefined;
  if (!OF_BETWEEN.test(text.slice(weekend.end, first.start))) return undefined;
  const opening = daysOf(first);
  if (!opening) return undefined;
  const second = mentions[i + 2];
  const closing =
    second && opening[0] === opening[1] && DAYS_JOINED.test(text.slice(first.end, second.start))
      ? daysOf(second)
      : undefined;
  const last = closing ?? opening;
  const value = weekendOf(opening[0], last[1]);
  if (!value) return undefined;
  const end = closing ? second!.end : first.end;
  return {
    mention: {
      text: text.slice(weekend.start, end),
      start: weekend.start,
      end,
      type: 'DATE',
      value,
      granularity: 'week',
      anchor: first.anchor,
    },
    taken: closing ? 2 : 1,
  };
}

/**
 * "Engineering work will close the line on the weekend of 21-22 March", said on 11 March 2026:
 * "weekend of 21-22 March" is one mention, that weekend (`2026-W12-WE`), in both readings, where
 * "weekend" was read as the coming Saturday and the days as a stretch (news) or two days
 * (TimeML); "the weekend of March 21 and 22", "the weekend of 14 March" alike. Only days that
 * open on a Friday, a Saturday or a Sunday and end by that Sunday: "the weekend of 23 March" (a
 * Monday) and "the weekend of 13-16 March" are left as read.
 */
export function joinWeekendToDays(text: string, mentions: readonly Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const found = weekendOfDays(text, mentions, i);
    joined.push(found?.mention ?? mentions[i]!);
    if (found) i += found.taken;
  }
  return joined;
}
