import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// What a schedule changes on a date: a price, charge or rate ("The price cap", "Energy bills",
// "Bed tax", "The minimum wage"), not a thing that changes with the season ("Heavy snow",
// "Gym attendance").
const SCHEDULED_CHARGE =
  '(?:cap|prices?|fares?|bills?|tax|taxes|duty|duties|levy|levies|tolls?|fees?|fines?|rents?|wages?|pensions?|benefits?|allowances?|premiums?|rates?|tariffs?|salary|salaries|pay|limits?|charges?)';
// The amount of a change told before its month: "by 4.8%", "to £1,758", "2%", "by £50 a month",
// "by about 3 per cent".
const CHANGE_AMOUNT =
  '(?:(?:by|to)\\s+)?(?:(?:about|around|almost|nearly|up\\s+to)\\s+)?[$£€]?\\d[\\d,.]*(?:\\s*(?:%|p|pence|percent|per\\s+cent|cents?|bn|billion|m|million))?(?:\\s+(?:a|per)\\s+(?:week|month|year))?';
// "The price cap rises in", "Energy bills rise in early", "The state pension rises by 4.8% in":
// the sentence opens with its subject (a determiner perhaps, up to three words, then the charge)
// and a finite present of change, perhaps its amount, then "in" and the month. The verb heads the
// sentence's only clause.
const PRESENT_CHANGE_OPENS = new RegExp(
  `^\\s*(?:(?:the|a|an|its|their|his|her|our)\\s+)?(?:[\\w'’$£€-]+\\s+){0,3}?${SCHEDULED_CHARGE}\\s+(?:rises|rise|falls|fall|increases|increase|decreases|decrease|go(?:es)?\\s+(?:up|down)|drops?|climbs?|jumps?|doubles?)(?:\\s+${CHANGE_AMOUNT})?\\s+in\\s+(?:(?:early|late|mid-?)\\s*)?$`,
  'i',
);
// "Unemployment usually rises in January": a habit, not a plan; "Prices typically fall in".
const HABIT =
  /\b(?:usually|typically|often|always|normally|generally|traditionally|tends?|every|each)\b/i;
// What may follow the month: the end of the sentence, or an amount ("by 2%", "to £1,755", "from
// 3% to 4%") and then the end, with no verb.
const ONLY_AMOUNT_AFTER =
  /^(?:,?\s+(?:by|to|from)\s+[^,;:.!?]*?(?:\.\d+[^,;:.!?]*?)*)?\s*[.!?]?\s*$/i;
/** How many months ahead of publication the month may be to be read as still to come. */
const AHEAD_MONTHS = 4;

/**
 * The tense to read a month named without a year by after a present of change that opens its
 * sentence ("The price cap rises in January", said in December): news tells a change still to come
 * in the present, so a month one to four months ahead is the coming one ("The minimum wage rises in
 * April to $15", said in December). Only a sentence of a subject that is a price, charge or rate a
 * schedule changes, that verb, the month and perhaps an amount: not a generic change ("Heavy snow
 * falls in January", "Gym attendance drops in February"), a noun that only looks like a verb, with
 * its own verb after the month ("Salary increases in January averaged 3.1 percent", "Power cuts in
 * January left 40,000 homes without heat"), a habit ("Unemployment usually rises in January") nor a
 * month behind publication, whose figures may be just out ("Unemployment rises in November", said
 * in December). `sentence` is its text up to the month, `after` from the month's end to the
 * sentence's.
 *
 * @example presentChangeMonthTense('The price cap rises in ', '.', 1, '2025-12-10', 'past')
 * // 'future'
 */
export const presentChangeMonthTense: MonthTurner = (sentence, after, month, published, tense) => {
  if (tense === 'future') return tense;
  const opening = PRESENT_CHANGE_OPENS.exec(sentence);
  if (!opening || HABIT.test(sentence)) return tense;
  if (!ONLY_AMOUNT_AFTER.test(after)) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
};
