// A body's accounting year, as a regex source: "fiscal year", "financial year", "business year",
// "fiscal years". Shared by the readings of the month (isYearBoundaryMonth) and the day
// (isYearBoundaryDay) such a year ends or begins on.
export const ACCOUNTING_YEAR = String.raw`(?:fiscal|financial|tax|accounting|budget|business)\s+years?`;

// A word before it that picks one year ("this fiscal year", "the current fiscal year", "fiscal
// 1990's", "the new fiscal year"): its end is one day or month on the calendar.
export const ONE_YEAR_WORD = String.raw`(?:this|current|coming|next|last|new|that|same|present|latest|previous|first|1\d{3}|20\d\d|\d{2})`;

// A year or a word of the calendar right after the day or month the year ends on ("ends June 30,
// 1990", "ends in June 1991", "in June this year"): one day or month on the calendar.
export const CALENDAR_YEAR_AFTER = /^\s*,?\s*(?:(?:19|20)\d\d|this|last|next)\b/i;
