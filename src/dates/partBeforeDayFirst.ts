import { MONTH_CAPITALISED_SOURCE } from './monthNames.ts';
import { PART_OF_DAY } from './partOfDay.ts';

// The parts of the day, lower case or capitalised ("night", "Night"): the pattern is case-sensitive
// so that the month after the day is read only when capitalised.
const PART_WORD = Object.keys(PART_OF_DAY)
  .map((part) => `[${part[0]!.toUpperCase()}${part[0]}]${part.slice(1)}`)
  .join('|');
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/**
 * A part of the day right before a day written day first, perhaps with "on" between: "opening
 * night on 20 May", "press night 14 March", "the evening on 3 June". chrono reads "night on 20
 * May" as tonight and drops the day and month, so nothing was read; maskForChrono blanks the part
 * of the day, as it does before a weekday or a month written first ("late afternoon March 3"),
 * and the day is read. A comma between is an apposition, the day the part of the day was on: "The
 * next morning, 6 June 1944, he landed on Sword Beach" reads "6 June 1944" `1944-06-06` (chrono
 * read only "1944"). The apposition must close with a comma or a stop after the day, its month or
 * its year: "That night, 12 May Day marchers were arrested" is not 12 May. Not a part of the day
 * after a weekday or a figure ("Friday night 20 May": the weekday's night), nor a lower-case "may"
 * after the number ("that night 20 may be held").
 * Global, for masking every one in a text.
 */
export const PART_BEFORE_DAY_FIRST = new RegExp(
  String.raw`(?<!\b(?:\w+day|\d{1,2})\s+)\b(?:${PART_WORD})(?:(?:\s+on)?\s+(?=${DAY}\s+(?:of\s+)?(?:${MONTH_CAPITALISED_SOURCE})(?![a-z]))|,\s+(?=${DAY}\s+(?:${MONTH_CAPITALISED_SOURCE})(?:\s+\d{4})?[,;.]))`,
  'g',
);
