import { addDays, addYears } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';

// "the fiscal year that began July 1", "its financial year starting in April", "the fiscal year
// which starts on Oct. 1": a fiscal year told by the day or month that opens it, right before it,
// in a relative clause or a participle ("Its fiscal year began on Jan. 1" is a clause of its own,
// whose day stays the day).
const FISCAL_YEAR_OPENED_BY =
  /\b(?:the|its|their|our)\s+(?:fiscal|financial)\s+year\s+(?:(?:that|which)\s+(?:began|begins|started|starts)|beginning|starting)\s+(?:on\s+|in\s+)?$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The year from a day or a month on, as a span of days or of months; undefined for another. */
function yearFrom(value: string): string | undefined {
  if (DAY.test(value)) {
    const last = addDays(addYears(toLocalDate(value), 1), -1);
    return `${value}/${toCalendarDate(last)}`;
  }
  const month = MONTH.exec(value);
  if (!month) return undefined;
  const year = Number(month[1]);
  const first = Number(month[2]);
  const last = first === 1 ? `${year}-12` : `${year + 1}-${String(first - 1).padStart(2, '0')}`;
  return `${value}/${last}`;
}

/**
 * "The fiscal year that began July 1 will see cuts", said in December 2015: in the news reading
 * the fiscal year is the year from the day (or month) that opens it, one expression from "the" to
 * the day (`2015-07-01/2016-06-30`), since the words say where it starts; the day read alone
 * would put its events on July 1. TimeML mode keeps "the fiscal year" `P1Y` and the day apart.
 * Not a fiscal year named by its number ("fiscal 2016"), whose start the words do not give. A
 * reading of the words inside it ("for the fiscal year" as this year's) gives way to it.
 */
export function fiscalYearFromStart(text: string, mentions: Mention[]): Mention[] {
  const read = mentions.map((m): Mention => {
    const words = FISCAL_YEAR_OPENED_BY.exec(text.slice(Math.max(0, m.start - 60), m.start));
    // The news reading keeps "on" or "in" in the day's words; the pattern takes it either way.
    const value = words ? yearFrom(m.value) : undefined;
    if (!words || value === undefined || m.mod) return m;
    const start = m.start - words[0].length;
    return { ...m, text: text.slice(start, m.end), start, value, granularity: 'span' };
  });
  // The words it takes in may have been read on their own ("for the fiscal year" as this year's),
  // which the one expression now says.
  const widened = read.filter((m, i) => m !== mentions[i]);
  return read.filter(
    (m, i) => m !== mentions[i] || !widened.some((w) => w.start <= m.start && m.end <= w.end),
  );
}
