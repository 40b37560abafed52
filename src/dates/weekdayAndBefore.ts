import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/**
 * A weekday and "and" or "or" ending the words before a second weekday: the first of two weekdays
 * that share the part of the day written once after the second ("Friday and Saturday nights").
 * Test it on the words just before the second weekday.
 */
export const WEEKDAY_AND_BEFORE = new RegExp(`\\b${WEEKDAY_PATTERN}\\s+(?:and|or)\\s+$`, 'i');
