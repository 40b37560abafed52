/**
 * The shapes of TIMEX3 values that passes test before they act: a day, a time on a day, a
 * quarter, a value led by a year. They live here so that every pass means the same by "a day"
 * (`2025-03-03`, not `2025-03` nor `2025-W10`), and a change of shape is made once.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_LED = /^\d{4}-\d{2}-\d{2}/;
const TIME_ON_DAY = /^\d{4}-\d{2}-\d{2}T/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const YEAR_LED = /^\d{4}/;

/**
 * Whether a value is a day and nothing finer or coarser.
 *
 * @example isDayValue('2025-03-03') //=> true
 * @example isDayValue('2025-03-03T15:00') //=> false
 */
export function isDayValue(value: string): boolean {
  return DAY.test(value);
}

/**
 * The day a value names, a time of it or a part of it too; undefined for a coarser value.
 *
 * @example dayOfValue('2025-02-22TNI') //=> '2025-02-22'
 * @example dayOfValue('2025-02') //=> undefined
 */
export function dayOfValue(value: string): string | undefined {
  return DAY_LED.exec(value)?.[0];
}

/**
 * Whether a value is a time or a part of a day on a day written out.
 *
 * @example isTimeOnDayValue('2025-03-03T15:00') //=> true
 * @example isTimeOnDayValue('2025-03-03') //=> false
 */
export function isTimeOnDayValue(value: string): boolean {
  return TIME_ON_DAY.test(value);
}

/**
 * Whether a value is a quarter of a year.
 *
 * @example isQuarterValue('2025-Q3') //=> true
 */
export function isQuarterValue(value: string): boolean {
  return QUARTER.test(value);
}

/**
 * The year a value is led by, whatever follows it; undefined for a value with no year written
 * (`PRESENT_REF`, `P3D`, `XXXX-03`).
 *
 * @example yearOfValue('2025-03-03T15:00') //=> '2025'
 */
export function yearOfValue(value: string): string | undefined {
  return YEAR_LED.exec(value)?.[0];
}
