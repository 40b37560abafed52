/**
 * A weekday's place in an ISO week, Monday 0 to Sunday 6, from its `getDay` number (Sunday 0).
 *
 * @example isoWeekPlace(0) // 6, Sunday the week's last day
 */
export function isoWeekPlace(weekday: number): number {
  return (weekday + 6) % 7;
}
