import { durationValue } from './readDurations.ts';
import { publishedDurationReading } from './publishedDurationReading.ts';
import type { Pass } from './Reading.ts';

// "The week-long festival", "its decade-long war", "after month-long talks": one unit as an
// adjective with no count or article of its own. Not after "a" or "an" ("a year-long inquiry", read
// with the counts), nor a counted one ("two-decade-long", "three-day-long"), nor a hyphen's other
// half ("a 12-hour-long").
const UNIT_LONG =
  /(?<![\w‐–-])(?<!\ban?\s+)(hour|day|week|fortnight|month|year|decade|century)-long\b(?![‐–-])/gi;

/**
 * One unit long before a noun, with "the", a possessive or no determiner before it: "The
 * week-long festival opened" reads "week-long" as `P1W`, "its decade-long war" `P10Y`, in both
 * readings, as "a year-long inquiry" is `P1Y` (all but the last were unread).
 */
export const readUnitLong: Pass = (text, { published }) =>
  [...text.matchAll(UNIT_LONG)].map((m) =>
    publishedDurationReading(m.index, m.index + m[0].length, durationValue(1, m[1]!), published, 2),
  );
