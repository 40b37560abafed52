import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { WORDS_TO_99 } from './readNumber.ts';

// What is paid to get in or to park: the subject of a price list for the days ahead.
const ADMISSION = String.raw`(?:ticket\s+prices?|tickets?|seats|admission|entry|parking|fares?|cover(?:\s+charge)?)`;
// An amount in figures or words, with its currency, or "free": "twenty dollars", "$15", "free".
const AMOUNT = String.raw`(?:\$?\d+(?:\.\d+)?|${WORDS_TO_99}(?:\s+${WORDS_TO_99})?)(?:\s+(?:dollars|cents|pounds|bucks))?`;
const PRICE = String.raw`(?:${AMOUNT}|free)`;
// "Ticket prices are twenty dollars on Friday", and the second day of the list after "and" with
// its own price and the currency left out ("… on Friday and fifteen on Saturday").
const PRICE_BEFORE_DAY = new RegExp(
  String.raw`\b${ADMISSION}\s+(?:is|are|costs?|runs?)\s+${PRICE}\s+(?:on\s+)?` +
    String.raw`(?:${WEEKDAY_PATTERN}\s+(?:and|but|while)\s+${PRICE}\s+(?:on\s+)?)?$`,
  'i',
);

/**
 * Whether the words before a weekday, in its sentence, set the price of getting in on it in the
 * present: "Ticket prices are twenty dollars on Friday and fifteen on Saturday", said on Tuesday 17
 * March 1998, are the coming Friday and Saturday (a price list tells the days ahead), where the
 * copula alone told no tense. Only a price of tickets, seats, admission, entry, parking, a fare or
 * a cover charge, in the present ("Ticket prices were twenty dollars on Friday" is gone by), and
 * not a market's price ("Oil is twenty dollars a barrel on Friday").
 *
 * @example isAdmissionPriceOnDay('Admission is ten dollars on ') // true
 */
export function isAdmissionPriceOnDay(before: string): boolean {
  return PRICE_BEFORE_DAY.test(before);
}
