import { IRREGULAR_PAST } from './irregularPast.ts';
import { sentenceAround } from './tenseAround.ts';

// A frequency told in the present: "twice a day", "three times a week", "every 15 minutes",
// "hourly", "daily".
const FREQUENCY = new RegExp(
  String.raw`\b(?:(?:once|twice|(?:\d+|two|three|four|five|six|eight|ten|a\s+few)\s+times)\s+(?:a|an|per|each)\s+(?:day|week|hour|month)|every\s+(?:(?:\d+|two|three|four|five|ten|twelve|fifteen|twenty|thirty|few)\s+)?(?:minutes|hours|days|hour|day|half-hour)|hourly|daily|weekly|nightly)\b`,
  'gi',
);
// What makes the clause no present habit: a future or a plan ("Ferries will sail twice a day in
// summer"), a past ("Buses ran every ten minutes in winter", "was cut to twice a day"), or a year
// named.
const NOT_PRESENT = new RegExp(
  String.raw`\b(?:will|shall|would|could|going\s+to|plans?\s+to|expected\s+to|was|were|${IRREGULAR_PAST}|[a-z]+[^e\W]ed)\b|['’]ll\b|\b(?:19|20)\d\d\b|\b(?:this|last|next)\s+year\b`,
  'i',
);
// A service that starts, resumes, comes back or ends in the season ("Daily sailings resume in
// summer", "Weekly flights to Tenerife start in winter", "Daily testing in care homes ends in
// spring") tells of one season to come, not a habit.
const SERVICE_CHANGE =
  /\b(?:resumes?|returns?|starts?|begins?|restarts?|launch(?:es)?|reopens?|comes?\s+back|(?:is|are)\s+back|ends?|stops?|ceases?)\b/i;
// A comparison with a year, anywhere later in the sentence, makes the season a particular one:
// "The ferry runs twice a day in winter, up from once last year".
const YEAR_COMPARED_AFTER =
  /\b(?:up|down)\s+from\b|\b(?:this|last|next)\s+year\b|\b(?:19|20)\d\d\b/i;
// A frequency word capitalised before another capitalised word is part of a name, a paper's
// ("The Daily Telegraph reports that the ferry company plans cuts in summer"), no frequency.
const NAME_OF_PAPER = /^(?:Daily|Weekly|Nightly)\s+[A-Z]/;
// A clause after a comma, a semicolon or a colon, or a joiner of contrast, is another clause.
const CLAUSE_BREAK = /[,;:()]|\b(?:but|while|whereas|although|though|yet)\b/i;
// The marks the frequency's clause opens after, the last of them before it; and the season's
// clause after it, up to a comma, a semicolon, a colon or the sentence's end.
const CLAUSE_MARKS = [',', ';', ':', '(', ')'];
const CLAUSE_REST_AFTER = /^[^,;:.!?]*/;

/**
 * Whether a bare season after "in" (`determiner` "in") is a habit's, any year's (`XXXX-WI`),
 * because a frequency told in the present stands before it in its clause: "Sailings run twice a
 * day in winter", said on 15 October 2026, is `XXXX-WI`; "Buses run every 30 minutes in summer"
 * `XXXX-SU` (both were a winter or summer on the calendar, 2025-WI, 2026-SU).
 *
 * Leaves a season with an article ("in the winter"), a frequency told in the future, in a plan or
 * in the past ("Ferries will sail twice a day in summer", "Buses ran every ten minutes in
 * winter"), one in another clause ("Trains run hourly, but in winter they stop at 8pm") and a
 * clause that names a year, and a name ("The Daily Telegraph reports …"). Leaves too a service
 * that starts, resumes, comes back or ends in the season ("Daily sailings resume in summer", said
 * on 15 October 2026, is 2027-SU) and a sentence that goes on to compare with a year ("The ferry
 * runs twice a day in winter, up from once last year" is this winter, 2026-WI).
 *
 * @example isFrequencySeasonHabit('Sailings run twice a day in winter.', 25, 34, 'in') // true
 */
export function isFrequencySeasonHabit(
  text: string,
  start: number,
  end: number,
  determiner: string | undefined,
): boolean {
  if (determiner?.toLowerCase() !== 'in') return false;
  const { before, after } = sentenceAround(text, start, end);
  const frequency = [...before.matchAll(FREQUENCY)]
    .filter((m) => !NAME_OF_PAPER.test(before.slice(m.index)))
    .at(-1);
  if (!frequency) return false;
  const head = before.slice(0, frequency.index);
  const clause = before.slice(Math.max(...CLAUSE_MARKS.map((mark) => head.lastIndexOf(mark))) + 1);
  if (CLAUSE_BREAK.test(before.slice(frequency.index))) return false;
  if (SERVICE_CHANGE.test(clause) || YEAR_COMPARED_AFTER.test(after)) return false;
  return !NOT_PRESENT.test(clause) && !NOT_PRESENT.test(CLAUSE_REST_AFTER.exec(after)?.[0] ?? '');
}
