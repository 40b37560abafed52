import { durationValue } from './readDurations.ts';
import { publishedDurationReading } from './publishedDurationReading.ts';
import type { Pass } from './Reading.ts';

// "in the week since the quake", "in the month since the invasion", "the year since he took
// office": one unit with "the" and no count before "since" is the length from the event to now,
// as "the two weeks since the quake" is two weeks. Only "the" straight before the unit: "the best
// week since March", "the first day since the truce" rank a unit and are left to the other rules.
const UNIT_SINCE = /\bthe\s+(hour|day|week|fortnight|month|year|decade)\s+(?=since\b)/gi;

/**
 * One unit from an event to now ("In the week since the quake, 35,000 bodies have been
 * recovered"): the length `P1W`, in both readings, "the" in the extent. Not a unit ranked or
 * counted before "since" ("the deadliest day since October", "the first week since the truce").
 */
export const readUnitSince: Pass = (text, { published }) =>
  [...text.matchAll(UNIT_SINCE)].map((m) =>
    publishedDurationReading(
      m.index,
      m.index + m[0].trimEnd().length,
      durationValue(1, m[1]!),
      published,
      4,
    ),
  );
