/** A value on a calendar day: a date, or a clock on one ("2026-11-20", "2026-11-20T13:15"). */
export const DAY_VALUE = /^\d{4}-\d\d-\d\d/;
