import type { Pass } from './Reading.ts';
import { countedClaim } from './readCountedOrdinals.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';

// "an average Sunday", "any given Saturday", "a typical weekday", "a normal week": a day or span
// that may stand for any of its kind.
const TYPICAL_DAY = new RegExp(
  `\\b(?:an?|any)\\s+(?:average|typical|ordinary|normal|given)\\s+(?:${WEEKDAY_PATTERN}|weekday|weekend|day|${PART_OF_DAY_SOURCE}|week|month|year)\\b`,
  'gi',
);
// It is a generic, not the one gone by nor the next, only in a habitual frame: after "on" or "in"
// ("on an average Sunday", "in a normal week") or before a verb of the present ("A typical Friday
// sees queues"). "It was an ordinary Tuesday until the shooting started" and "What began as a
// typical Friday" tell of the story's own day, which keeps its date.
const ON_BEFORE = /\b(?:on|in)\s+$/i;
const PRESENT_AFTER = /^\s+(?:is|has|sees|brings|draws|means|starts|begins|can|will)\b/i;

/** "on an average Sunday", "on any given Saturday": generic days, claimed so nothing dates them. */
export const readTypicalDays: Pass = (text) =>
  [...text.matchAll(TYPICAL_DAY)]
    .filter(
      (m) =>
        ON_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) ||
        PRESENT_AFTER.test(text.slice(m.index + m[0].length)),
    )
    .map((m) => countedClaim(text, m.index, m.index + m[0].length));
