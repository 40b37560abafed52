import type { ChronoPart } from './ChronoPart.ts';
import { dateWordOpensPlaceName } from './dateWordOpensPlaceName.ts';
import { isMonthAfterHonorific } from './isMonthAfterHonorific.ts';
import { isTitledName } from './isTitledName.ts';

// A letter that carries a word on across a mention's edge: an ASCII letter or a small one.
const WORD_GOES_ON_AFTER = /^[A-Za-z\p{Ll}]/u;
const WORD_GOES_ON_BEFORE = /[A-Za-z\p{Ll}]$/u;
// A fraction's slash right before ("4 5/8"), and a digit anywhere.
const FRACTION_BEFORE = /\d\/$/;
const DIGIT = /\d/;
// A half with no number: "in half", "the second half".
const HALF = /^(?:in\s+)?(?:(?:the\s+)?(?:first|second|last|latter)\s+)?half\b/i;
// "in the day", "within the week": chrono's "in a day".
const IN_THE_UNIT = /^(?:with)?in\s+the\s+(?:day|week|month|year)$/i;
// A mention's last and first letters, of any script.
const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;

/**
 * Whether what chrono read at `part`, its words from `start` to `end`, is a word or a name that
 * holds no date: a fraction, a half with no number, a name, a word cut inside.
 */
export function isChronoWordNoDate(
  text: string,
  part: ChronoPart,
  start: number,
  end: number,
): boolean {
  // "surged 4 5/8 to 112 5/8": chrono starts a range at the 8 of a fraction. "cut in half":
  // half is no clock time without a number.
  if (FRACTION_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  // "should rise in the second half as demand picks up": nor is an ordinal's half ("the second
  // half as" was read as noon).
  if (HALF.test(part.text.trim()) && !DIGIT.test(part.text)) return true;
  // "Judge Anne March said", "Officer April Jones": a name after a title, no month.
  if (isTitledName(text, start, end)) return true;
  // "Mr. March, the RTC's spokesman": a name after an honorific, no month.
  if (isMonthAfterHonorific(text, start, end)) return true;
  // "the bank's April Street branch", "the airline's Friday Club": a street's or a club's name.
  if (dateWordOpensPlaceName(text, start, end)) return true;
  // "late in the day", "in the week ahead": chrono reads "in the day" as "in a day" (tomorrow).
  if (IN_THE_UNIT.test(part.text.trim())) return true;
  // "in the Dáil", "the Fianna Fáil leader": chrono's word boundary falls at a letter outside
  // ASCII, so it reads a word's first letters as a unit ("in the D" as "in a day"); a mention
  // neither ends nor starts inside a word. A word goes on only in a small letter or an ASCII
  // one: a modifier letter used as an apostrophe ("Mondayʼs vote") or a capital of scraped
  // mojibake ("on MondayÂ and") is no more of the word.
  return (
    (WORD_GOES_ON_AFTER.test(text.slice(end)) && LETTER_AT_END.test(text.slice(start, end))) ||
    (WORD_GOES_ON_BEFORE.test(text.slice(0, start)) && LETTER_AT_START.test(text.slice(start, end)))
  );
}
