import type { Pass, Reading } from './Reading.ts';
import { vagueDuration } from './readDurations.ts';
import { WORDS_TO_99 } from './readNumber.ts';

// "over a period of months", "in the space of days", "over the course of years", "a span of
// weeks": a noun of stretch and "of" before a bare plural unit, matched with case so that a
// unit with a capital (a title's "Days") is left. A count or a vague count after
// "of" ("a period of three days", "the course of several weeks") is read by the counts. The
// unit is not the head of a compound ("a span of decades-old bridges") nor numbered by a count
// after it ("the course of years two and three", "the span of days 4 and 5").
const PERIOD_OF_UNITS = new RegExp(
  String.raw`\b(?:[Aa]\s+(?:period|span|stretch|space)|[Tt]he\s+(?:course|space|span))\s+of\s+(hours|days|weeks|months|years|decades)\b(?![-‐–]|\s+(?:\d|(?:${WORDS_TO_99})\b))`,
  'g',
);

/**
 * "Linda Tripp taped their conversations over a period of months" (PXM), "The city fell in the
 * space of days" (PXD), "Over the course of years the party lost its base" (PXY): a noun of stretch
 * ("a period", "a span", "a stretch", "a space", "the course", "the space", "the span") and "of"
 * before a bare plural unit is an uncounted length, as "a matter of weeks" is, in both readings;
 * the extent runs from the article to the unit, hours as PTXH. Leaves a count after "of" ("a period
 * of three days" is P3D by the counts, "the course of several weeks" PXW by the vague counts), a
 * unit named with a capital ("a period of Days", a title's), a unit that heads a compound ("a span
 * of decades-old bridges") or is numbered by a count after it ("the course of years two and three
 * of the contract"), and a stretch of anything else ("a period of mourning", "a stretch of road").
 */
export const readPeriodsOfUnits: Pass = (text, { published }) => {
  const anchor = { kind: 'published', date: published } as const;
  const readings: Reading[] = [];
  for (const m of text.matchAll(PERIOD_OF_UNITS)) {
    const value = vagueDuration(m[1]!.replace(/s$/, ''));
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 1,
      resolve: () => ({ type: 'DURATION', value, granularity: 'span', anchor }),
    });
  }
  return readings;
};
