import { CLOCK_WORDS } from './clockWords.ts';
import { NUMBER_SOURCE } from './readNumber.ts';

/**
 * A count of units right before "from" and a clock time: "for five days from 7am on 25 July",
 * "for three days from 6am on Monday". chrono reads the count, "from" and the clock as one
 * stretch that the count read alone (a duration, of higher priority) overlaps and drops, and the
 * clock is lost with it: only the day after it was left. The count is blanked for chrono, which
 * then reads "from 7am on 25 July" whole; the duration is still read from the text itself. Not a
 * count before "from" and a day alone ("two weeks from Monday", a day counted to).
 */
export const COUNT_BEFORE_FROM_CLOCK = new RegExp(
  `\\b(?:${NUMBER_SOURCE})\\s+(?:minutes?|hours?|days?|nights?|weeks?|months?)(?=\\s+from\\s+${CLOCK_WORDS})`,
  'gi',
);
