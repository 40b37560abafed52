import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A time gone by opening the sentence, then a comma: "Last week,", "Last month,", "Last fall,",
// "In September,", "Earlier this month,", "Two weeks ago,", "On Dec. 20,". It sets when what the
// sentence tells was said.
const FRONTED_TIME = new RegExp(
  String.raw`^\s*(?:Last\s+(?:week|month|${SEASON_PATTERN})|In\s+(?:${MONTH_CAPITALISED_SOURCE})|Earlier(?:\s+this\s+(?:week|month|year))?|(?:\w+\s+){1,2}(?:days?|weeks?|months?)\s+ago|On\s+(?:${MONTH_CAPITALISED_SOURCE})\s+\d{1,2})\s*,`,
);

/**
 * Whether the sentence holding `start` opens with a time gone by ("Last week, the company said it
 * will pay the dividend by Dec. 31"): the saying is of that time, so a deadline told in it may be
 * the one gone by since, not next year's.
 *
 * @example isSayingTimeFronted('Last week, it said it will pay by Dec. 31.', 34) // true
 */
export function isSayingTimeFronted(text: string, start: number): boolean {
  return FRONTED_TIME.test(text.slice(sentenceStartAt(text, start), start));
}
