import type { Pass } from './Reading.ts';
import { countedClaim } from './readCountedOrdinals.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "on an average Sunday", "on any given Saturday", "a typical weekday", "in a normal week": a day
// or span that stands for any of its kind, a generic, not the one gone by nor the next.
const TYPICAL_DAY = new RegExp(
  `\\b(?:an?|any)\\s+(?:average|typical|ordinary|normal|given)\\s+(?:${WEEKDAY_PATTERN}|weekday|weekend|day|night|morning|afternoon|evening|week|month|year)\\b`,
  'gi',
);

/** "an average Sunday", "any given Saturday": generic days, claimed so nothing dates them. */
export const readTypicalDays: Pass = (text) =>
  [...text.matchAll(TYPICAL_DAY)].map((m) => countedClaim(text, m.index, m.index + m[0].length));
