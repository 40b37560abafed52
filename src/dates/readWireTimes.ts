import type { Pass, Reading } from './Reading.ts';

// "at 0900 GMT", "1400 UTC", "1800 local time", "0600 hours": wire copy's four-digit clock, only
// with the zone or word that marks it as one, and not a year ("in 2000 UTC terms").
const WIRE_TIME =
  /(?<!\bin\s)\b([01]\d|2[0-3])([0-5]\d)(?:\s?(?:GMT|UTC|Z)|\s(?:local time|hours))\b/g;

// The words that make "1600 hours" after them a clock time.
const CLOCK_LEAD = /(?:\b(?:at|by|until|till)\s+|\b(?:post|pre)-)$/i;
// "pre-1500 hours of experience": hours of something are a count, whatever leads them.
const HOURS_OF = /^\s+of\b/i;

/**
 * A four-digit wire time with its zone: a time of the publication day until a day is joined to
 * it, in both readings (the guidelines mark "0900 GMT" as a TIME).
 */
export const readWireTimes: Pass = (text, { published }) =>
  [...text.matchAll(WIRE_TIME)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    // "at 0600 hours", "by 1800 hours", "post-1600 hours" are times, not the duration "600 hours".
    // "pre-1500 hours of experience" is a count of hours.
    priority:
      CLOCK_LEAD.test(text.slice(Math.max(0, m.index - 7), m.index)) &&
      !HOURS_OF.test(text.slice(m.index + m[0].length))
        ? 3
        : 2,
    resolve: () => ({
      type: 'TIME',
      value: `${published}T${m[1]}:${m[2]}`,
      granularity: 'day',
      anchor: { kind: 'published', date: published },
    }),
  }));
