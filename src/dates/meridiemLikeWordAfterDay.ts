import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';

/**
 * The "a" or "p" opening a word that begins with "am" or "pm" right after a day written month
 * first: "The vote was held on May 12 amid tight security", "talks opened on Feb. 4 among the
 * factions", "on Oct. 3rd ambushed a convoy". chrono will not read a month and a day that "am" or
 * "pm" follows (it takes them for a clock's "12 am"), and looks only at the letters, so the day of
 * "on May 12 amid …" was lost and nothing was read. maskForChrono writes the letter as "_", the
 * same length, and the day is read. Not "a.m." or "am" standing alone ("May 12 am" is left as
 * chrono reads it), nor a lower-case "may" (the modal: "they may 12 among them"), nor a day
 * written day first, which chrono already reads ("on 12 May amid …"), nor a month after "in",
 * which takes no day, so the figure counts what follows ("In January 12 ambassadors were
 * expelled"). Global, for masking every one in a text.
 */
export const MERIDIEM_LIKE_WORD_AFTER_DAY = new RegExp(
  String.raw`(?<=(?<!\b[Ii]n\s+)\b(?:${MONTH_CAPITALISED_SOURCE})\s*,?\s*\d{1,2}(?:st|nd|rd|th)?\s+)[AaPp](?=[Mm][A-Za-z])`,
  'g',
);
