import { sentenceAround } from './tenseAround.ts';

// An adverb of habit in the month's clause: "Farmers usually prepare the ground in March", "Snow
// typically falls in December", "Storks tend to return in April". The month is then any year's.
const HABIT_BEFORE =
  /\b(?:usually|typically|normally|generally|traditionally|customarily|invariably|tends?\s+to|tended\s+to)\b(?![^,;:()]*[,;:()])[^.!?]*$/i;
// A clause after a comma, a semicolon or "but" is another clause than the habit's ("Prices usually
// rise in spring, but they fell in March"): the adverb must stand in the month's own clause.
const OTHER_CLAUSE = /\b(?:but|while|whereas|although|though|yet)\b/i;
// A year or a time of this year's named in the clause makes the month that year's ("usually
// closes in March, but this year in April", "normally reports in March 2025").
const YEAR_NAMED = /\b(?:this|last|next)\s+year\b|\b(?:19|20)\d\d\b/i;

/**
 * Whether a month named alone ("in March") is a habit's, any year's (`XXXX-03`), not a month on
 * the calendar: an adverb of habit stands before it in its clause ("Farmers usually prepare the
 * ground in March"). A present simple alone is no habit ("Schools reopen in September" is the
 * coming one, a plan), nor is a habit told in another clause ("Prices usually rise in spring, but
 * this year they fell in March").
 *
 * @example isHabitualMonth('Farmers usually prepare the ground in March.', 38, 43) // true
 */
export function isHabitualMonth(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  const habit = HABIT_BEFORE.exec(before);
  if (!habit) return false;
  const clause = before.slice(habit.index);
  if (OTHER_CLAUSE.test(clause)) return false;
  return !YEAR_NAMED.test(clause) && !YEAR_NAMED.test(/^[^,;:.!?]*/.exec(after)?.[0] ?? '');
}
