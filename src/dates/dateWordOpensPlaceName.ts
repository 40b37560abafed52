import { MONTH_NAME_CAPITALISED_SOURCE } from './monthNames.ts';
import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';

// The date word alone, written with its capital.
const DATE_WORD = new RegExp(
  String.raw`^(?:${MONTH_NAME_CAPITALISED_SOURCE}|${WEEKDAY_CAPITALISED_SOURCE})$`,
);
// "the" or an owner's possessive right before it: "the bank's", "the airline's", "the".
const OWNER_BEFORE = /(?:\bthe|\b[A-Za-z]+['’]s)\s+$/i;
// The capitalised noun a street's, a square's or a club's name ends in, right after it ("April
// Street", "Friday Club"), and no capitalised word after that noun: "the April Plaza Hotel
// auction" and "the June Club Med offering" name a month before another name.
const PLACE_OR_CLUB_AFTER =
  /^\s+(?:(?:Street|Avenue|Road|Boulevard|Lane|Square|Plaza|Place|Drive|Club)\b|(?:St|Ave|Rd)\.)(?!\s+[A-Z])/;

/**
 * Whether the month's or weekday's name at `start`..`end` of `text` opens the name of a street, a
 * square or a club, after "the" or an owner's possessive: "the bank's April Street branch" and
 * "the airline's Friday Club" read no April and no Friday. The name is written with its capital
 * and the noun after it too ("Street", "Avenue", "Road", "Square", "Plaza", "Club" …). Not a
 * date word after a word of time ("On Friday Club members met", "in April Street parties were
 * held"), nor one before a noun in lower case ("the company's Friday announcement", "the April
 * street fair"), nor one before such a noun that opens another name ("the April Plaza Hotel
 * auction", "the June Club Med offering"), which tell a time.
 *
 * @example dateWordOpensPlaceName("The bank's April Street branch was robbed.", 11, 16) // true
 */
export function dateWordOpensPlaceName(text: string, start: number, end: number): boolean {
  return (
    DATE_WORD.test(text.slice(start, end)) &&
    OWNER_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    PLACE_OR_CLUB_AFTER.test(text.slice(end, end + 20))
  );
}
