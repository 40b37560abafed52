import { shiftTimex } from './shiftTimex.ts';

/**
 * The midnight that ends a day ("midnight Friday", "at midnight on Friday", "midnight tonight"):
 * news means the start of the next day, TimeML writes it as the day's 24th hour (T24). A past
 * clause cannot mean a midnight after publication ("Talks broke down at midnight Friday",
 * published that Friday): there it is the midnight that starts the day (`keepStart`), which
 * TimeML, writing every midnight as the end of a day, writes as the day before's T24.
 *
 * @example endOfDay('2025-03-14', { timeml: false }) //=> '2025-03-15T00:00'
 * @example endOfDay('2025-03-14', { timeml: true }) //=> '2025-03-14T24'
 * @example endOfDay('2025-03-14', { timeml: false, keepStart: true }) //=> '2025-03-14T00:00'
 * @example endOfDay('2025-03-14', { timeml: true, keepStart: true }) //=> '2025-03-13T24'
 */
export function endOfDay(day: string, options: { timeml?: boolean; keepStart?: boolean }): string {
  if (options.timeml) {
    return `${options.keepStart ? shiftTimex(day, { amount: -1, unit: 'day' }) : day}T24`;
  }
  return `${options.keepStart ? day : shiftTimex(day, { amount: 1, unit: 'day' })}T00:00`;
}

/**
 * The day a midnight read by `endOfDay` opens: a clock after it ("from midnight Friday until 6
 * a.m.") goes on from that day.
 */
export function dayOpenedBy(midnight: string): string {
  const day = midnight.slice(0, 10);
  return midnight.endsWith('T24') ? shiftTimex(day, { amount: 1, unit: 'day' }) : day;
}
