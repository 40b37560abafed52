import { durationValue } from './readDurations.ts';
import { moveAnchor } from './moveAnchor.ts';
import type { Pass, Reading } from './Reading.ts';

// "a quarter of a century", "a quarter-century", "a half-century", "half a century",
// "three-quarters of a century": a share of a hundred years, a length (`P50Y`). Read apart, "a
// century" was taken for a hundred years, four times too long. Not a share of a century that is no
// length ("the first quarter of the century" has no "a" before the share), nor a share joined to a
// noun by a hyphen ("a half-century-old church"). "ago" after it counts the share back from
// publication, a year as "25 years ago" is.
const CENTURY_FRACTION =
  /\b(?:(?:an?|one)\s+(quarter|half)(?:\s+of\s+a\s+|[- ])century|(three)[- ]quarters\s+of\s+a\s+century|(half)\s+a\s+century)\b(?![-‐])(\s+ago\b)?/gi;

/** The share of a century the words name: a quarter, a half, or three quarters. */
function share(m: RegExpMatchArray): number {
  if (m[2]) return 0.75;
  return (m[1] ?? m[3])!.toLowerCase() === 'quarter' ? 0.25 : 0.5;
}

/**
 * "He ruled for a quarter of a century" is the length `P25Y`, "a half-century of rule" `P50Y`,
 * "three-quarters of a century" `P75Y`; "a quarter of a century ago", said in 2026, is the year
 * `2001`. Both readings.
 */
export const readCenturyFractions: Pass = (text, { published }) =>
  [...text.matchAll(CENTURY_FRACTION)].map((m): Reading => {
    const part = share(m);
    const years = part * 100;
    const value = durationValue(part, 'century');
    const ago = m[4] !== undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      // Above "a century" (or "a century ago") read alone, which lies inside the words.
      priority: 4,
      ...(ago && { comparison: true }),
      resolve: (context) =>
        ago
          ? {
              type: 'DATE',
              value: moveAnchor(context.deictic.value, { amount: -years, unit: 'year' }, 'year'),
              granularity: 'year',
              anchor: context.deictic.source,
              offset: { amount: -years, unit: 'year' },
            }
          : {
              type: 'DURATION',
              value,
              granularity: 'span',
              anchor: { kind: 'published', date: published },
            },
    };
  });
