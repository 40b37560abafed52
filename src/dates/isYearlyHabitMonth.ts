import { FURTHER_PAST } from './isAnotherDeedGap.ts';
import { sentenceAround } from './tenseAround.ts';

// A phrase that makes a clause a yearly habit: "every year", "each year", "every summer", "most
// years", "year after year", "annually"; not "each year's" (a possession), nor "every year since" or
// "each year until" (a stretch of years with an end or a start of its own).
const YEARLY_SOURCE = String.raw`\b(?:(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter)(?!['’])|most\s+years|year\s+after\s+year|annually)\b(?!\s+(?:since|until|till|from|after|before|between)\b)`;
// The phrase before the month, in the month's own clause: no semicolon, colon or bracket, nor
// a word that opens another clause ("Each year prices rise in June, but this year they fell in
// May"), between them.
const YEARLY_BEFORE = new RegExp(
  `${YEARLY_SOURCE}(?![^;:()]*[;:()])(?![^.!?]*\\b(?:but|while|whereas|although|though|yet)\\b)[^.!?]*$`,
  'i',
);
// The phrase after the month, before the clause ends ("Tourist numbers peak in August and dip in
// January each year").
const YEARLY_AFTER = new RegExp(`^[^.!?;:,()]*?${YEARLY_SOURCE}`, 'i');
// A future, an expectation or a year named between makes the month one on the calendar: "Every
// year the board says it will decide in March", "Each year since 2019 the river flooded in March",
// "Each year the board reviews pay in April; this year it did so in May".
const CALENDAR_WORD =
  /\b(?:will|shall|expects?|expected|expecting|this\s+year|last\s+year|next\s+year|(?:19|20)\d\d)\b|'ll\b/i;
// A past told after the yearly phrase, up to the end of the month's clause, is a one-off of this
// year: "The festival, held every year, was cancelled in May", "The charity, which raises money
// every year, said in April …", "Every year we say so, and in March we said it again".
const ONE_OFF_PAST = new RegExp(String.raw`\b${FURTHER_PAST}\b`, 'i');
const CLAUSE_REST = /^[^.!?;:,()]*/;
// The phrase opening its sentence, with no comma up to the month, tells a habit of the past when
// the verb is past: "Every year the club published its accounts in April", "Each year the bank
// reported its results in February; this year it reported on March 31" (February, not March).
const OPENS_SENTENCE = /^\s*(?:(?:and|but)\s+)?$/i;
// A past in a clause hung on another word between the phrase and the month is a one-off of its
// own: "Every year the festival drew thousands until it was cancelled in May", "Each year pilgrims
// visit the shrine that was damaged by fire in October".
const HUNG_CLAUSE =
  /\b(?:until|till|that|which|who|whom|whose|where|when|after|before|since|because|once)\b/i;
// A month that opens a clause of its own, with its own subject and past verb after it, is a one-off
// after the habit: "Every year the company lost money and in March it finally closed".
const OPENS_PAST_CLAUSE = new RegExp(
  String.raw`^\s+(?:it|he|she|they|we|I|(?:the|its|their|his|her)\s+[a-z]+)\s+(?:[a-z]+ly\s+)?${FURTHER_PAST}\b`,
  'i',
);

/**
 * Whether a month or season named alone is a yearly habit's, any year's, by "every year", "each
 * year", "most years", "year after year" or "annually" in its own clause, before or after it:
 * "Every year the town floods in February" (`XXXX-02`), "Tourist numbers peak in August and dip in
 * January each year" (`XXXX-08`, `XXXX-01`); told in the past after the phrase opening the
 * sentence, a habit of the past ("Every year the club published its accounts in April", said in
 * June 2026, `XXXX-04`; "Every summer the town hosted a jazz festival in July" `XXXX-07`), unless
 * the past is in a clause hung on "until", "that" or the like ("Every year the festival drew
 * thousands until it was cancelled in May": May is this year's), or the month opens a clause with
 * a subject and a past verb of its own ("Every year the company lost money and in March it finally
 * closed"). Leaves a month told by a future
 * or a year in the same stretch ("Every year the board says it will decide in March"), one in another clause ("Each year
 * the board reviews pay in April; this year it did so in May": May is this year's), a one-off
 * told in the past after a fronted phrase ("The festival, held every year, was cancelled in May"),
 * and "each year's", "every year since".
 *
 * @example isYearlyHabitMonth('Every year the town floods in February.', 30, 38) // true
 */
export function isYearlyHabitMonth(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  const fronted = YEARLY_BEFORE.exec(before);
  if (fronted) {
    const told = `${fronted[0]} ${CLAUSE_REST.exec(after)?.[0] ?? ''}`;
    const pastHabit =
      OPENS_SENTENCE.test(before.slice(0, fronted.index)) &&
      !told.includes(',') &&
      !HUNG_CLAUSE.test(told) &&
      !OPENS_PAST_CLAUSE.test(after);
    return !CALENDAR_WORD.test(fronted[0]) && (pastHabit || !ONE_OFF_PAST.test(told));
  }
  const trailing = YEARLY_AFTER.exec(after);
  return !!trailing && !CALENDAR_WORD.test(after.slice(0, trailing.index + trailing[0].length));
}
