// "year to date", "year-to-date": the words of the stretch from 1 January of a year up to now,
// written once for the news reading (readRecentSpans) and the TimeML one (findTimemlMentions).
export const YEAR_TO_DATE_SOURCE = 'year[- ]to[- ]date';
