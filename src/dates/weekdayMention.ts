import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/**
 * A mention that is one weekday, with the preposition, "overnight", "late" or "early" it may open
 * with and its part of the day: "Friday", "on Friday", "Thursday night", "overnight Wednesday".
 */
export const WEEKDAY_MENTION = new RegExp(
  String.raw`^(?:(?:on|overnight|late|early)\s+)*${WEEKDAY_PATTERN}(?:\s+(?:${PART_OF_DAY_SOURCE}))?$`,
  'i',
);
