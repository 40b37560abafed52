import { FURTHER_PAST } from './isAnotherDeedGap.ts';
import { sentenceAround } from './tenseAround.ts';

// "For years", "For decades", "For many years", "For generations" opening the sentence, a comma
// after it or none: what the clause tells in the past went on year after year.
const YEARS_LONG_OPENING =
  /^\s*(?:(?:and|but)\s+)?for\s+(?:(?:many|several|some|long)\s+)?(?:years|decades|generations|centuries)\s*,?\s+/i;
// The rest of the clause up to the month: no comma, semicolon, colon or bracket ("For years he
// had planned to retire, and in June he finally did"), nor a word that hangs another clause or
// turns to another time ("For years the fair drew crowds until it was cancelled in May").
// "and" before a preposition opens a new clause too ("For years the fund was managed by Smith and
// in March he was replaced").
const CLAUSE_BREAK =
  /[,;:()]|\b(?:and|or)\s+(?:in|on|during|by)\b|\b(?:but|while|whereas|although|though|yet|until|till|that|which|who|when|after|before|since|because|once|then|now|finally|last|this|next)\b/i;
// A future, an expectation or a year between makes the month one on the calendar ("For years the
// board has said it will decide in March", "For years the 1990 budget was debated in May").
const CALENDAR_WORD =
  /\b(?:will|shall|would|expects?|expected|expecting|plans?|planned|year|(?:19|20)\d\d)\b|'ll\b/i;
// A year or a word of the calendar right after the month ("in May 1950", "in May this year"): a
// month on the calendar, not any year's.
const CALENDAR_AFTER = /^\s*,?\s*(?:(?:19|20)\d\d|this|last|next)\b/i;
// The clause's own verb told in the past ("was held", "took place", "gritted"): a habit of the
// past, not one told now.
const PAST_IN_CLAUSE = new RegExp(String.raw`\b(?:was|were|${FURTHER_PAST})\b`, 'i');

/**
 * Whether a month named alone is any year's because a sentence opened by "For years", "For
 * decades", "For many years" or "For generations" tells a habit of the past in its clause: "For
 * years the fair was held in September", said on 1 June 2026, is `XXXX-09`; "For generations,
 * families picked hops in September" too. Not a month after a comma, another clause or a word of
 * its own time ("For years he had planned to retire, and in June he finally did"; "For years the
 * fair drew crowds until it was cancelled in May"), after a future or a year ("For years the
 * board has said it will decide in March"), nor a month a year follows ("in May 1950").
 *
 * @example isYearsLongHabitMonth('For years the fair was held in September.', 32, 41) // true
 */
export function isYearsLongHabitMonth(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  const opening = YEARS_LONG_OPENING.exec(before);
  if (!opening) return false;
  const clause = before.slice(opening[0].length);
  if (CLAUSE_BREAK.test(clause) || CALENDAR_WORD.test(clause)) return false;
  if (CALENDAR_AFTER.test(after)) return false;
  return PAST_IN_CLAUSE.test(clause);
}
