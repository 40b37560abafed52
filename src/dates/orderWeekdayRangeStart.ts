import type { Mention } from '../model/mention.ts';
import { differenceInCalendarDays } from 'date-fns';
import { CLAUSE_STOP } from './clauseStop.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { shiftTimex } from './shiftTimex.ts';
import { toLocalDate } from './calendarDate.ts';
import { dayOfValue, isDayValue } from './valueShape.ts';
import { WEEKDAY_ALONE, WEEKDAY_PATTERN } from './weekdayNames.ts';

// A stretch's first end, a weekday alone (WEEKDAY_ALONE); its second, a weekday with a clock before
// it or alone ("Saturday until 8 p.m. Sunday", "Saturday until Sunday").
const ENDS_IN_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}$`, 'i');
// A second end told from the first ("until the following Monday", "through next Saturday") lies a
// week on by intent, and is left as read.
const SECOND_END_TOLD_FROM_FIRST = /\b(?:following|next)\b/i;
// Not "to", which joins the two days of a thing moved as often ("Her case has been moved from
// Friday to Monday").
const UNTIL_BETWEEN = /^\s*(?:until|till|through|thru)\s*$/i;
// A state or a schedule told in the present or ahead ("The ban lasts", "The line is closed", "Water
// is off", "will be closed", "It's closed"), or a past ("The line was closed", "Police closed the
// road"), in the clause before the first end. A name's "'s" ("The mayor's office was closed") is no
// present, so only a pronoun's counts.
const PRONOUN_IS = "(?:it|he|she|that|there|what|who|here)['’]s";
const PRESENT_WORD = `is|are|remains?|stays?|lasts?|runs?|continues?|will|shall|${PRONOUN_IS}|['’]ll`;
const TENSE_WORD = new RegExp(
  `\\b(?:(${PRESENT_WORD})|(was|were|${IRREGULAR_PAST}|${REGULAR_PAST}))\\b`,
  'gi',
);
// A participle after a form of "be" ("is closed", "will be shut", "was briefly closed", "It's
// closed") tells no past of its own.
const BE_BEFORE = new RegExp(
  `\\b(?:is|are|was|were|be|been|being|${PRONOUN_IS}|['’]re)\\s+(?:\\w+ly\\s+)?$`,
  'i',
);
// A past spelt as its present, with no "to" nor modal before it ("Police shut the bridge"): told
// with no other cue of the present, the stretch gone by; a plan would say "will shut".
const SAME_FORM_PAST = new RegExp(
  `(?<!\\b(?:to|${MODALS}|not|n['’]t)\\s+)\\b(?:shut|cut|set|put)\\b`,
  'i',
);
// A plural subject's present of closing or cutting off a thing, a schedule of works ("Crews close
// the road", "Engineers switch off the power", "Transit workers suspend service"): no word of tense
// says it, but the bare verb after a plural noun is no past. Not "shut" nor "cut", a past spelt as
// its present (SAME_FORM_PAST). Any case: a plural opening the sentence ("Police seal off the
// square", "Staff close the library") or a headline's capitals is as much a subject.
const NOT_PLURAL = 'is|was|has|its|this|his|us|as|plus|yes|does|thus|less|unless';
const PLURAL_PRESENT = new RegExp(
  `\\b(?!(?:${NOT_PLURAL})\\b)(?:[A-Za-z]+s|police|staff|people)\\s+(?:\\w+ly\\s+)?` +
    '(?:close|reopen|open|switch|turn|suspend|halt|stop|block|seal|divert|repave|resurface|drain)\\b',
  'i',
);
// Two ends of one stretch of days lie less than a week apart.
const WEEK = 7;
const WEEK_ON = { amount: WEEK, unit: 'day' } as const;
const WEEK_BACK = { amount: -WEEK, unit: 'day' } as const;

/**
 * The tense of the verb nearest before the first end, so that a clause of its own before it ("The
 * road, which is the main route north, was closed") does not decide.
 */
function tenseBefore(clause: string): 'present' | 'past' | undefined {
  let tense: 'present' | 'past' | undefined;
  for (const m of clause.matchAll(TENSE_WORD)) {
    if (m[1]) tense = 'present';
    else if (!BE_BEFORE.test(clause.slice(0, m.index))) tense = 'past';
  }
  return tense;
}

/** The tense of a verb with no word of tense: a plural's present, or a past spelt as its present. */
function tenseOfBareVerb(clause: string): 'present' | 'past' | undefined {
  if (PLURAL_PRESENT.test(clause)) return 'present';
  return SAME_FORM_PAST.test(clause) ? 'past' : undefined;
}

/** The days from the first end to the second, when both are read on a day written out. */
function daysApart(first: Mention, second: Mention): number | undefined {
  const from = dayOfValue(first.value);
  const to = dayOfValue(second.value);
  if (!from || !to) return undefined;
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/**
 * "The ban lasts Saturday until 8 p.m. Sunday the ministry said", said on Friday 12 January 1996:
 * the two weekdays of one stretch lie within a week of each other, so when they are read a week or
 * more apart, the clause before the first tells which was read wrong. A present state or schedule
 * before it ("lasts", "is closed", "is off", "will be") is the coming stretch, and the first end
 * moves a week on (Saturday `1996-01-13`, was `1996-01-06`); a past before it ("The line was
 * closed Saturday until 4 a.m. Monday", said on Wednesday 9 July 2003) is the stretch gone by, and
 * the second end moves a week back (`2003-07-07T04:00`, was `2003-07-14T04:00`). Only a weekday
 * alone joined by "until", "till" or "through" to a weekday with or without its clock.
 */
export function orderWeekdayRangeStart(text: string, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    const second = out[i + 1]!;
    if (!WEEKDAY_ALONE.test(first.text) || !isDayValue(first.value)) continue;
    if (
      !ENDS_IN_WEEKDAY.test(second.text) ||
      SECOND_END_TOLD_FROM_FIRST.test(second.text) ||
      !UNTIL_BETWEEN.test(text.slice(first.end, second.start))
    )
      continue;
    const apart = daysApart(first, second);
    if (apart === undefined || apart < WEEK) continue;
    const clause = text.slice(0, first.start).split(CLAUSE_STOP).at(-1) ?? '';
    const tense = tenseBefore(clause) ?? tenseOfBareVerb(clause);
    if (tense === 'present') out[i] = { ...first, value: shiftTimex(first.value, WEEK_ON) };
    else if (tense === 'past')
      out[i + 1] = { ...second, value: shiftTimex(second.value, WEEK_BACK) };
  }
  return out;
}
