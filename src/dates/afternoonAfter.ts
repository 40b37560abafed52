import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// After the clock, the part of the day that makes its hour one of the afternoon or the night:
// "half past nine that night", "at nine o'clock on Friday evening", "tonight". (Not "this
// morning": a morning holds no hour past noon, so this list is not PART_OF_DAY's.)
export const AFTERNOON_AFTER = new RegExp(
  `^\\s+(?:(?:on\\s+)?(?:${WEEKDAY_PATTERN}|that|this|last|yesterday|tomorrow)\\s+(?:afternoon|evening|night)\\b|tonight\\b)`,
  'i',
);
