/** A clock time on the 24-hour clock, as a TIME value writes it. */
export type Clock = { hour: number; minute: number };

/**
 * The clock time a TIME value keeps (`2025-03-03T10:30`), read from its digits: it is the
 * article's clock in the zone the article stated, so it never goes through a Date, which would
 * put it in the reader's zone. The one test of whether a date has a clock time (the schema's, the
 * build's, the label's and the exports'): an interval has none of its own, since its two ends may
 * be on two clocks (`2025-03-03T09:00/2025-03-05T10:30`), and is dated to the day.
 *
 * @example timexClock('2025-03-03T10:30') //=> { hour: 10, minute: 30 }
 */
export function timexClock(value: string): Clock | undefined {
  const m = /^[+-]?\d{4,}-\d{2}-\d{2}T(\d{2}):(\d{2})(?::[\d.]+)?$/.exec(value);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}
