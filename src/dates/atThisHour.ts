import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

/**
 * "At this hour, rescue crews are still searching", "breaking news at this hour", "As of this
 * hour, no one has claimed responsibility": the anchor's present, as "at the moment" is — a
 * broadcast's hour on the air, not a clock hour. Not an hour of another day or a kind of hour
 * ("at this hour last year", "at this hour tomorrow", "at this hour of the night", "at this hour
 * on Sunday"), which name a time of their own; "no word at this hour on the fate of …" is still
 * the present.
 */
export const AT_THIS_HOUR = new RegExp(
  String.raw`\b(?:at|as of) this hour\b(?!,?\s+(?:of|on\s+(?:the\s+)?${WEEKDAY_PATTERN}|in\s+the\s+(?:${PART_OF_DAY_SOURCE})|last|next|yesterday|tomorrow|today|tonight|a\s+(?:day|week|month|year)\s+(?:ago|earlier|later))\b)`,
  'gi',
);

/**
 * "We'll have more on the inquiry later this hour", "Later in this hour, a look at the markets":
 * the broadcast's hour a programme promises more in, which TimeML marks, as it marks "at this
 * hour", as the present of the anchor's hour on the air (`this hour`, group `hour`). The news
 * reading leaves it to the broadcast, no time of the story. Not an hour of another day ("later
 * this hour tomorrow"), nor the hour left or opened ("two minutes left in this hour", "We begin
 * this hour"), which have no "later".
 */
export const LATER_THIS_HOUR = new RegExp(
  String.raw`\blater\s+(?:in\s+)?(?<hour>this\s+hour)\b(?!,?\s+(?:of|tomorrow|tonight|today|on|next|last)\b)`,
  'gi',
);
