import { claimedWords } from './claimedWords.ts';
import type { Pass } from './Reading.ts';

// "a day late and a dollar short", "a day late and a buck short", "a day late and $50 million
// short": the idiom for too little, too late. Its "a day" is no length of time.
const DAY_LATE_IDIOM =
  /\ba\s+day\s+late\s+and\s+(?:a\s+(?:dollar|buck|penny|pound)|\$[\d.,]+(?:\s+(?:million|billion))?)\s+short\b/gi;

/**
 * "Critics said the RTC's plan was a day late and a dollar short": the idiom's "a day" is no
 * duration, in either reading, so its words are claimed and give no mention. Not a day late
 * alone ("The payment arrived a day late"), a real delay of a day.
 */
export const readDayLateIdiom: Pass = (text) =>
  [...text.matchAll(DAY_LATE_IDIOM)].map((m) => claimedWords(m.index, m.index + m[0].length));
