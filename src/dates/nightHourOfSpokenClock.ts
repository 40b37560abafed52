import { isSmallHour } from './isSmallHour.ts';
import { pad } from './parseChrono.ts';

// A clock's hour of the day: "T00:40", "T13:15".
const CLOCK_HOUR = /^T(\d\d):\d\d/;
// A figure or a word of the afternoon in a clock's words ("3:15 p.m.", "this afternoon"): without
// one, spoken words ("twelve thirty", "three fifteen") are an hour of the night when a night
// follows them.
const FIGURE_OR_MERIDIEM = /\d|\b[ap]\.?m\b|noon|midday/i;

/**
 * The small hour of the night that spoken words read as an afternoon's clock are, or undefined:
 * the passes that read "twelve thirty", "three fifteen" or "two thirty" read them after noon before
 * a night ("came at twelve thirty last night", "could come at two thirty tonight"), and a night
 * holds no afternoon, so the clock is the same hour twelve hours before (T12:30 is T00:30, T14:30
 * is T02:30). Not a clock in figures or with "p.m." ("3:15 p.m."), which keeps its afternoon.
 *
 * @example nightHourOfSpokenClock('T14:30', 'two thirty') // 'T02:30'
 * @example nightHourOfSpokenClock('T14:30', '2:30') // undefined
 */
export function nightHourOfSpokenClock(clock: string, clockWords: string): string | undefined {
  const at = CLOCK_HOUR.exec(clock);
  if (!at) return undefined;
  const hour = Number(at[1]);
  if (hour < 12 || !isSmallHour(hour - 12) || clockWords === '') return undefined;
  if (FIGURE_OR_MERIDIEM.test(clockWords)) return undefined;
  return `T${pad(hour - 12)}${clock.slice(3)}`;
}
