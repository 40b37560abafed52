import { CHANGE_VERB } from './changeVerb.ts';
import { CLOCK_ZONE } from './clockZone.ts';

/**
 * A clock written with a stop, as British copy writes it, before the zone it is told in: "at 04.17
 * local time", "at 14.30 GMT", "23.40 local time on Sunday". chrono reads a stop between hours and
 * minutes only before a.m. or p.m. ("4.17am"); before a zone it read nothing. Only hours 0–23 and
 * minutes 00–59, and the zone right after: "rose 12.30 points" or "1.25 million" are no clocks,
 * nor is an amount after a verb of change, zone or not ("Shares closed up 3.50 ET").
 *
 * @example '04.17 local time'.replace(DOTTED_CLOCK_BEFORE_ZONE, (w) => w.replace('.', ':')) // '04:17 local time'
 */
export const DOTTED_CLOCK_BEFORE_ZONE = new RegExp(
  String.raw`(?<![\d.,])(?<!\b(?:${CHANGE_VERB})\s+)\b(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,]\d)(?=\s*${CLOCK_ZONE}\b)`,
  'g',
);
