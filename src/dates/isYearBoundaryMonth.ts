import { ACCOUNTING_YEAR, CALENDAR_YEAR_AFTER, ONE_YEAR_WORD } from './accountingYear.ts';
import { sentenceAround } from './tenseAround.ts';

// "The company's fiscal year ends in June", "whose fiscal year ends in September", "The state's
// fiscal year begins in July", "The group's financial year runs to March": the month a body's
// accounting year ends or begins in, told in the present, is the same each year. A word that picks
// one year ("this", "the current", "next", "the new") makes it one month on the calendar ("The
// current fiscal year ends in September"), as a past does ("ended in June").
const YEAR_BOUNDARY_BEFORE = new RegExp(
  String.raw`(?<!\b${ONE_YEAR_WORD}\s+)\b${ACCOUNTING_YEAR}\s+(?:ends|begins|starts|closes|runs\s+(?:to|through|until|till))\s+(?:in\s+)?$`,
  'i',
);
// The year's owner: a body's 's or s', "whose", "its", "their"… ("The company's fiscal year", "whose
// fiscal year", "its financial year"). "The fiscal year begins in October, so the cuts will take
// effect within weeks" names no body, so the year is the one under way and its month one on the
// calendar.
const OWNER_BEFORE = new RegExp(
  String.raw`(?:\w['’]s?|\b(?:whose|its|their|our|his|her|your|my))\s+${ACCOUNTING_YEAR}\s+\S+\s+(?:\S+\s+)?(?:in\s+)?$`,
  'i',
);
// A clause of time the year's end opens ("before the fiscal year ends in September", "when the
// fiscal year ends in June", "until the tax year ends in April"): one year's end that something
// waits for, a month on the calendar.
const TIME_CLAUSE_BEFORE = new RegExp(
  String.raw`\b(?:before|until|till|when|once|after|by\s+the\s+time)\s+(?:[\w'’]+\s+){1,3}${ACCOUNTING_YEAR}\s+\S+\s+(?:\S+\s+)?(?:in\s+)?$`,
  'i',
);
// A clause joined after the month that tells what is yet or still to be done ("The government's
// fiscal year ends in September, and Congress has yet to pass a single spending bill"): the end
// awaited is the one of the year under way, a month on the calendar.
const YET_TO_DO_AFTER =
  /^\s*,?\s*(?:and|but|while|yet)\b[^.;]*?\b(?:(?:has|have|is|are)\s+(?:yet|still)\s+to|still\s+(?:has|have|must|needs?)\b|(?:hasn['’]t|haven['’]t|has\s+not|have\s+not)\s+yet\b)/i;

/**
 * Whether a month named alone is the month a fiscal, financial, tax or budget year ends or begins in,
 * told in the present as what it always is, so any year's: "The company's fiscal year ends in
 * June", said on 19 October 1990, is `XXXX-06`. Only a year a body owns ("The company's",
 * "whose", "its"); "The fiscal year begins in October" is the one under way. Not one year's ("The
 * current fiscal year ends in September", "this fiscal year begins in July"), a past ("The
 * company's fiscal year ended in June"), a month a year follows, a month a clause of what is yet to
 * be done follows ("…, and Congress has yet to pass a single spending bill"), nor a month a clause
 * of time waits for ("before the fiscal year ends in September").
 *
 * @example isYearBoundaryMonth("The company's fiscal year ends in June.", 34, 38) // true
 */
export function isYearBoundaryMonth(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return (
    YEAR_BOUNDARY_BEFORE.test(before) &&
    OWNER_BEFORE.test(before) &&
    !TIME_CLAUSE_BEFORE.test(before) &&
    !CALENDAR_YEAR_AFTER.test(after) &&
    !YET_TO_DO_AFTER.test(after)
  );
}
