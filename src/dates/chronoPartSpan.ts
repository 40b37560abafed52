import { abbreviatedWeekdayEnd } from './abbreviatedWeekdayEnd.ts';
import { maskedMayArticle } from './articleBeforeMayEvent.ts';
import type { ChronoPart } from './ChronoPart.ts';

/** The blanks and commas chrono takes in before a mention's words (", on Friday"). */
const LEADING_BLANK = /^[\s,]+/;
/** The stops and blanks chrono takes in after a mention's words ("on Wednesday,"). */
export const TRAILING_STOPS = /[\s,.;:]+$/;
/** A clock time that ends in "a.m." or "p.m." short of its last full stop. */
const MERIDIEM_END = /[ap]\.m$/i;
/** A full stop after "a.m." that does not also end the sentence. */
const MERIDIEM_STOP = /^\.(?!\s*(?:$|[A-Z"“'`]))/;
/** "at 1" ending what chrono read, as a clock time. */
const AT_HOUR_END = /\s+at\s+\d{1,2}$/i;
/** A thousands separator or decimal point going on with digits ("1,015"). */
const NUMBER_GOES_ON = /^[,.]\d/;

/**
 * Where the words of what chrono read at `part` lie, trimmed of what chrono takes in around them,
 * and whether a clock time it read is a number that goes on (`clockless`); undefined where the
 * words are a bare abbreviation that is no weekday.
 */
export function chronoPartSpan(
  text: string,
  masked: string,
  part: ChronoPart,
): { start: number; end: number; clockless: boolean } | undefined {
  // chrono keeps a leading comma (", on Friday"), a trailing comma or full stop ("on
  // Wednesday,"), and a closing parenthesis it did not open ("(4 a.m. EDT Thursday)"); the
  // mention should not.
  const blank = LEADING_BLANK.exec(part.text)?.[0].length ?? 0;
  // "the May primary": the article written as "in" for chrono is no part of the month's words.
  const leading =
    blank + maskedMayArticle(masked.slice(part.start + blank), text.slice(part.start + blank));
  const start = part.start + leading;
  const trimmed = part.text.slice(leading).replace(TRAILING_STOPS, '');
  const unopened = trimmed.endsWith(')') && !trimmed.includes('(');
  let end = start + (unopened ? trimmed.slice(0, -1).replace(TRAILING_STOPS, '') : trimmed).length;
  // "10:35 a.m. Friday": the full stop of "a.m." is part of it, unless it also ends the sentence.
  if (MERIDIEM_END.test(text.slice(start, end)) && MERIDIEM_STOP.test(text.slice(end))) end += 1;
  // "after Jan. 1, 1990 at 1,015 francs a share": a number that goes on is not a clock time.
  let clockless = false;
  const cut = AT_HOUR_END.exec(text.slice(start, end));
  if (cut && NUMBER_GOES_ON.test(text.slice(end, end + 2))) {
    end -= cut[0].length;
    clockless = true;
  }
  // "The Sun reported…", "Sat on the board": a bare abbreviation is too often a word; wire
  // copy's "Tues." is a weekday, and its stop is the mention's (abbreviatedWeekdayEnd).
  const weekdayEnd = abbreviatedWeekdayEnd(text, start, end);
  if (weekdayEnd === undefined) return undefined;
  return { start, end: weekdayEnd, clockless };
}
