import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { durationValue } from './readDurations.ts';
import { publishedDurationReading } from './publishedDurationReading.ts';
import type { Pass, Reading } from './Reading.ts';

// The units from the largest down; a length in two units names the larger first.
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
const UNIT_SOURCE = `(${UNITS.join('|')})s?`;
// What a clause's subject is followed by: once one comes after the second count, that count
// opens a clause of its own ("two years, and three months were suspended").
const VERB_AFTER = 'were|was|is|are|had|has|have|will|would|could|can|may|might|must|should';
// "one minute and 20 seconds", "3 hours, 20 minutes", "3 hours 20 minutes", "three years and six
// months"; not ", and"
// nor a count opening a clause ("The sentence was two years, and three months were suspended"),
// nor a count from a time ("two years and three months ago", "three hours and 20 minutes
// later"), which other passes read.
const TWO_UNITS = new RegExp(
  `\\b(${NUMBER_SOURCE})[- ]${UNIT_SOURCE}(?:\\s+and|,)?\\s+(${NUMBER_SOURCE})[- ]${UNIT_SOURCE}\\b(?![-‐])(?!\\s+(?:ago|later|earlier|before|after|afterwards|from\\s+now|${VERB_AFTER})\\b)`,
  'gi',
);
// The parts of an ISO 8601 duration, in the order it writes them.
const PARTS =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Two durations with no part in common written as one ("PT1M" and "PT20S" → "PT1M20S"). */
function joinedValue(first: string, second: string): string | undefined {
  const a = PARTS.exec(first);
  const b = PARTS.exec(second);
  if (!a || !b) return undefined;
  const parts = a.slice(1).map((part, i) => part ?? b[i + 1]);
  const [y, mo, w, d, h, mi, s] = parts.map((p, i) => (p ? `${p}${'YMWDHMS'[i]}` : ''));
  const time = `${h}${mi}${s}`;
  return `P${y}${mo}${w}${d}${time ? `T${time}` : ''}`;
}

/**
 * TimeML mode: a length told in two units, the larger first ("one minute and 20 seconds",
 * "3 hours, 20 minutes", "three years and six months"), is one duration (`PT1M20S`, `P3Y6M`), as
 * the TIDES guidelines mark it. The news reading keeps the two counts, each a length of its own.
 */
export const readCompoundDurations: Pass = (text, { published, timeml = false }) =>
  [...text.matchAll(TWO_UNITS)].flatMap((m): Reading[] => {
    if (!timeml) return [];
    const [firstCount, secondCount] = [readNumber(m[1]!), readNumber(m[3]!)];
    const [firstUnit, secondUnit] = [m[2]!.toLowerCase(), m[4]!.toLowerCase()];
    if (firstCount === undefined || secondCount === undefined) return [];
    if (!Number.isInteger(firstCount) || !Number.isInteger(secondCount)) return [];
    const order = (u: string) => UNITS.indexOf(u as (typeof UNITS)[number]);
    if (order(secondUnit) <= order(firstUnit)) return [];
    const value = joinedValue(
      durationValue(firstCount, firstUnit),
      durationValue(secondCount, secondUnit),
    );
    if (!value) return [];
    return [publishedDurationReading(m.index, m.index + m[0].length, value, published)];
  });
