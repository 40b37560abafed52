import { HABIT_ADVERB, HABIT_ONLY_ADVERB } from './habitWord.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { sentenceAround } from './tenseAround.ts';
import { isYearlyHabitMonth } from './isYearlyHabitMonth.ts';
import { isWeeklySetMonth } from './isWeeklySetMonth.ts';
import { isPastCopulaHabit } from './isPastCopulaHabit.ts';
import { isYearsLongHabitMonth } from './isYearsLongHabitMonth.ts';
import { isYearBoundaryMonth } from './isYearBoundaryMonth.ts';

// An adverb of habit in the month's clause: "Farmers usually prepare the ground in March", "Snow
// typically falls in December", "Storks tend to return in April", "Tourists often flock to the
// coast in August". The month is then any year's.
const HABIT_BEFORE = new RegExp(
  `\\b(${HABIT_ADVERB}|tends?\\s+to|tended\\s+to|used\\s+to)\\b(?![^,;:()]*[,;:()])[^.!?]*$`,
  'i',
);
// A clause after a comma, a semicolon or "but" is another clause than the habit's ("Prices usually
// rise in spring, but they fell in March"): the adverb must stand in the month's own clause.
const OTHER_CLAUSE = /\b(?:but|while|whereas|although|though|yet)\b/i;
// An "and" that opens a clause with a subject of its own, a noun after a determiner, tells
// another thing than the habit: "The bank regularly reviews its rates and its next decision is due
// in March", "Residents always complain about parking and the council starts charging in April".
// The habit's own subject carries on ("Enrollment typically rises in the fall and dips in the
// spring").
const AND_NEW_SUBJECT = /\band\s+(?:the|its|their|his|her|our|a|an)\s+[a-z]/i;
// The verb right after an adverb that tells only a habit is the habit's own, told in the past: "The
// senator always held town halls in August", "The kitchen usually saw its busiest days in
// December". A past verb further on tells a one-off ("The rains that usually come in June arrived
// in May"); after "generally" or "often" ("Prices generally rose in March") the past
// is no habit.
const PAST_HABIT_ADVERB = new RegExp(`^(?:${HABIT_ONLY_ADVERB})\\s+$`, 'i');
// A future told in the past after the habit's own verb makes the month one to come, not the habit's:
// "He always said he would retire in June", "Ministers always insisted the plant would open in
// June".
const FUTURE_IN_PAST = /\bwould\b|['’]d\b/i;
// A verb of plan or wish as the habit's own verb tells a time to come, not the habit: "The White
// House always planned the summit for June", "The senator always wanted a vote in June".
const PLAN_OR_WISH = /^(?:planned|intended|wanted|hoped|meant|scheduled|promised|vowed|pledged)$/i;

// A future or an expectation between the adverb and the month or season makes the adverb
// "broadly" or the habit the speaker's, the time one to come: "The regulator regularly reviews its
// rules and will publish the next review in March", "The minister always tells reporters she will
// decide in March", "Ministers generally expect the backlog to clear by the summer".
const LOOKING_AHEAD = /\b(?:will|shall|expects?|expected|expecting)\b|'ll\b/i;
// A year or a time of this year's named in the clause makes the month that year's ("usually
// closes in March, but this year in April", "normally reports in March 2025").
const YEAR_NAMED = /\b(?:this|last|next)\s+year\b|\b(?:19|20)\d\d\b/i;
// A verb told in the past: "was", "were", "said", an irregular past or a word in -ed (not "-eed":
// "need", "speed"; nor "hundred"), unless a form of "be" or "get" makes it a participle ("is
// usually closed in March", "are typically held in May", "is always held in July" stay habits), nor
// a participle right after the adverb in an aside opened by a comma ("The festival, usually held in
// May, …").
const PAST_VERB = new RegExp(
  `(?<!\\b(?:is|are|be|been|being|am|get|gets|getting)\\s+(?:(?:[a-z]+ly|always|often)\\s+)?|,\\s*(?:${HABIT_ADVERB})\\s+)\\b(?:was|were|said|${IRREGULAR_PAST}|(?!hundred\\b)[a-z]+[^e\\W]ed)\\b`,
  'gi',
);
// The verb the adverb stands after: "Investors were generally optimistic in March", "Analysts had
// generally expected a cut in March" tell the past, where "generally" is "broadly", no habit.
const PAST_VERB_ENDS = new RegExp(`\\b(?:was|were|had|did|[a-z]+[^e\\W]ed)\\s+$`, 'i');

// A present participle after a comma that carries the habit's subject on ("Flu season typically
// runs from October through March, peaking in February"); not a preposition in -ing ("including",
// "during", "following", "according").
const PARTICIPLE_AFTER_COMMA =
  /,\s+(?!(?:including|during|following|according|excluding|regarding|concerning|notwithstanding)\b)[a-z]+ing\b[^,;:()]*$/i;

// The participle's month told by this year's figures ("Cases usually rise in winter, hitting a
// peak in February, the latest figures show"): the month on the calendar, not the habit's.
const LATEST_FIGURES_AFTER =
  /^[^.;!?]*,\s+(?:the\s+)?(?:latest|new|provisional|official)\s+(?:figures|data|statistics|numbers)\s+(?:show|shows|suggest|suggests|reveal|reveals|indicate)\b/i;

// A sum of money in the participle's clause ("Hospital admissions usually fall in spring, leaving
// the trust with a £4m shortfall in April"): one year's accounts, the month on the calendar. Other
// figures keep the habit ("Temperatures usually climb in summer, peaking at 40C in July").
const SUM_OF_MONEY = /[£$€]\s?\d/;
// "She used to work there until March": the month a past habit ended, on the calendar, not one
// of the habit's. Not the end of a stretch the habit opens ("used to graze the hills from May
// until October").
const USED_TO_ENDED = /^used\s+to$/i;
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
const FROM_BEFORE = /\bfrom\s+\S+\s+(?:until|till)\s+$/i;

/**
 * The words before a participle's clause after a comma, where the habit of the clause before it
 * carries on ("…, peaking in February"), or "" where there is no such participle.
 */
function habitBeforeParticiple(before: string, after: string): string {
  if (LATEST_FIGURES_AFTER.test(after)) return '';
  const participle = PARTICIPLE_AFTER_COMMA.exec(before);
  if (!participle || SUM_OF_MONEY.test(participle[0])) return '';
  return before.slice(0, participle.index) + ' ';
}

/**
 * Whether a month named alone ("in March") is a habit's, any year's (`XXXX-03`), not a month on
 * the calendar: an adverb of habit stands before it in its clause ("Farmers usually prepare the
 * ground in March"). A present simple alone is no habit ("Schools reopen in September" is the
 * coming one, a plan), nor a future or an expectation after the adverb ("The regulator regularly
 * reviews its rules and will publish the next review in March" is the coming March), nor is a
 * habit told in another clause ("Prices usually rise in spring, but this year they fell in March";
 * "and the council starts charging in April"), nor a month told by a past verb after the adverb
 * ("The rains that usually come in June arrived in May": May is this year's) or one right before it
 * ("were generally optimistic in March"). A past verb right after "always", "usually", "normally" or
 * the like is the habit told in the past ("The senator always held town halls in August",
 * `XXXX-08`), unless it is a plan or a wish ("The White House always planned the summit for
 * June": June is a month to come) or a future follows it ("He always said he would retire in
 * June"). "Used to" tells a habit too ("Students used to sit their exams in June", `XXXX-06`),
 * but not at the month it ended ("She used to work there until March" is the March gone by).
 *
 * A yearly habit's phrase ("Every year the town floods in February") is asked of
 * isYearlyHabitMonth, a weekly set's ("every Sunday in July") of isWeeklySetMonth, the month a
 * fiscal year ends in ("The company's fiscal year ends in June") of isYearBoundaryMonth.
 *
 * @example isHabitualMonth('Farmers usually prepare the ground in March.', 38, 43) // true
 */
export function isHabitualMonth(text: string, start: number, end: number): boolean {
  if (
    isYearlyHabitMonth(text, start, end) ||
    isWeeklySetMonth(text, start, end) ||
    isYearsLongHabitMonth(text, start, end) ||
    isYearBoundaryMonth(text, start, end)
  )
    return true;
  const { before, after } = sentenceAround(text, start, end);
  const habit =
    HABIT_BEFORE.exec(before) ?? HABIT_BEFORE.exec(habitBeforeParticiple(before, after));
  if (!habit) return false;
  if (USED_TO_ENDED.test(habit[1]!) && UNTIL_BEFORE.test(before) && !FROM_BEFORE.test(before))
    return false;
  const clause = before.slice(habit.index);
  if (OTHER_CLAUSE.test(clause) || AND_NEW_SUBJECT.test(clause) || LOOKING_AHEAD.test(clause))
    return false;
  // "Shoppers usually were thrifty in January": a state of the past told as a habit.
  const copula =
    PAST_HABIT_ADVERB.test(`${habit[1]!} `) && isPastCopulaHabit(before, habit.index, habit[1]!);
  if (PAST_VERB_ENDS.test(before.slice(0, habit.index)) && !copula) return false;
  const adverbEnd = habit.index + habit[1]!.length;
  const ownVerb = (m: RegExpExecArray) =>
    PAST_HABIT_ADVERB.test(before.slice(habit.index, m.index)) &&
    (copula || !/^(?:was|were)$/i.test(m[0])) &&
    !PLAN_OR_WISH.test(m[0]) &&
    !FUTURE_IN_PAST.test(before.slice(m.index));
  if ([...before.matchAll(PAST_VERB)].some((m) => m.index >= adverbEnd && !ownVerb(m)))
    return false;
  return !YEAR_NAMED.test(clause) && !YEAR_NAMED.test(/^[^,;:.!?]*/.exec(after)?.[0] ?? '');
}
