import { durationValue } from './readDurations.ts';
import { publishedDurationReading } from './publishedDurationReading.ts';
import type { Pass, Reading } from './Reading.ts';

// "over the past month and a half", "in the last year and a half", "the next hour and a half",
// "the first week and a half": a span looked over whose one unit is followed by half a unit more
// is one length of one and a half units, as "a month and a half" is. Read without the half, the
// words would be the calendar month gone by, shorter than what they say. Not a half that opens a
// compound ("the past month and a half-point cut"), nor a half that counts with the number after
// it ("the past week and a half dozen more", "the past year and a half million dollars": the span
// is "the past week"), nor a fraction other than a half ("the past month and a third").
const UNIT_AND_A_HALF =
  /\b(the\s+(?:past|last|next|coming|previous|first|final)\s+)(minute|hour|day|week|month|year|decade)\s+and\s+a\s+half\b(?![-‐]|\s+(?:dozen|score|hundred|thousand|million|billion|trillion)\b)/gi;

/**
 * A span looked over of one unit and a half ("the past month and a half"): the length `P1M15D`.
 * The news reading marks the unit and the half ("month and a half"), as it marks "two months" in
 * "the past two months"; TimeML mode takes the words before it in, as TimeBank marks "the past
 * two months".
 */
export const readUnitAndAHalf: Pass = (text, { published, timeml = false }) =>
  [...text.matchAll(UNIT_AND_A_HALF)].flatMap((m): Reading[] => {
    // Above the calendar unit read from the words before the half ("the past month").
    const length = publishedDurationReading(
      timeml ? m.index : m.index + m[1]!.length,
      m.index + m[0].length,
      durationValue(1.5, m[2]!),
      published,
      4,
    );
    if (timeml) return [length];
    // The news extent leaves "the past" out, but the words are still the length's: claimed, so
    // that "in the past" before them is not read as the vague past (PAST_REF) on its own.
    const lookedOver: Reading = {
      start: m.index,
      end: m.index + m[1]!.length,
      priority: 4,
      claimOnly: true,
      resolve: length.resolve,
    };
    return [length, lookedOver];
  });
