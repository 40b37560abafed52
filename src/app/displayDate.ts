/**
 * Dates as the page shows them, in the same British style as the dataset's labels
 * ("6 Aug 2025"). Intl does the formatting, so the page ships no locale data of its own.
 */
const formats = {
  dayMonthYear: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
  dayMonth: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }),
};

/** "6 Aug 2025" */
export function dayMonthYear(date: Date): string {
  return formats.dayMonthYear.format(date);
}

/** "6 Aug" */
export function dayMonth(date: Date): string {
  return formats.dayMonth.format(date);
}
