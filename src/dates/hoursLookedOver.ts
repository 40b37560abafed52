import { NUMBER_SOURCE } from './readNumber.ts';

/**
 * The words that look a span over from now, back or ahead: "the past", "last", "previous",
 * "next", "coming" (hours, a decade, a century), as a regular expression's alternatives.
 */
export const LOOKED_OVER_DIRECTION = 'past|last|previous|next|coming';

/**
 * Hours or minutes looked over from now, back or ahead: "past 48 hrs", "last hour", "next several
 * hours", "coming hours", "last minutes", "previous 30 mins". They are a length of time
 * (readDurations), not the day chrono counts them back to (readChrono), and for an event dated by
 * them the days they reach back over (readRecentSpans). A regular expression's source, "the"
 * before it left to the caller (chrono's words may lack it), with the groups `direction`, `count`
 * (none when the hours are uncounted) and `unit`. Not "the last minute" (the idiom), nor "the last
 * hour of trading": that is the session's final hour, not one looked back over.
 *
 * @example new RegExp(`\\bthe\\s+${HOURS_LOOKED_OVER}`, 'i').exec('over the past hours')?.groups
 * // { direction: 'past', count: undefined, unit: 'hours' }
 */
export const HOURS_LOOKED_OVER = `(?<direction>${LOOKED_OVER_DIRECTION})\\s+(?:(?<count>${NUMBER_SOURCE}|few|several)\\s+)?(?<unit>hours?|hrs?|minutes|mins?)\\b(?![-'’]|\\s+of\\b)`;

/** The directions of HOURS_LOOKED_OVER that look back from now. */
export const LOOKING_BACK = /^(?:past|last|previous)$/i;

/**
 * HOURS_LOOKED_OVER with its "the" ("the past 48 hours"), to find every one in a text with
 * `matchAll`.
 */
export const THE_HOURS_LOOKED_OVER = new RegExp(`\\bthe\\s+${HOURS_LOOKED_OVER}`, 'gi');
