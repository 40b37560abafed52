import { durationValue } from './readDurations.ts';
import type { Pass, Reading } from './Reading.ts';

// "over the past month and a half", "in the last year and a half", "the next hour and a half",
// "the first week and a half": a span looked over whose one unit is followed by half a unit more
// is one length of one and a half units, as "a month and a half" is. Read without the half, the
// words would be the calendar month gone by, shorter than what they say. Not a half that opens a
// compound ("the past month and a half-point cut") nor a fraction other than a half ("the past
// month and a third").
const UNIT_AND_A_HALF =
  /\b(the\s+(?:past|last|next|coming|previous|first|final)\s+)(minute|hour|day|week|month|year|decade)\s+and\s+a\s+half\b(?![-‐])/gi;

/**
 * A span looked over of one unit and a half ("the past month and a half"): the length `P1M15D`.
 * The news reading marks the unit and the half ("month and a half"), as it marks "two months" in
 * "the past two months"; TimeML mode takes the words before it in, as TimeBank marks "the past
 * two months".
 */
export const readUnitAndAHalf: Pass = (text, { published, timeml = false }) =>
  [...text.matchAll(UNIT_AND_A_HALF)].map((m): Reading => ({
    start: timeml ? m.index : m.index + m[1]!.length,
    end: m.index + m[0].length,
    // Above the calendar unit read from the words before the half ("the past month").
    priority: 4,
    resolve: () => ({
      type: 'DURATION',
      value: durationValue(1.5, m[2]!),
      granularity: 'span',
      anchor: { kind: 'published', date: published },
    }),
  }));
