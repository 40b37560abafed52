import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { REPORTED } from './reportingVerbs.ts';
import { WEEKDAY_WORD } from './weekdayNames.ts';

/**
 * The words of the plan's sentence before its day and after it, as `sentenceAround` (in
 * tenseAround.ts) gives them: the caller passes them in, since tenseAround.ts reads a plan told
 * in the past with `planTold` and `givenUpAfter` from here, and importing back would make a cycle.
 */
interface PlanSentence {
  before: string;
  after: string;
}

// "The plane was due to land on Tuesday", "The strike was set to begin on Wednesday", "The talks
// were supposed to start on Wednesday": a plan for a weekday told with "was" or "were", that no
// one reports, is told in the past either because the week has overtaken it or because the story
// is told from a moment before its day ("He was set to travel to Kyiv on Monday" in a Sunday
// copy): its day is the nearest such one to publication (readChrono, `nearestWeekday`), the
// Tuesday gone by in a Friday copy, the coming Monday in a Sunday one. Reported ("…, officials
// said", "said the strike was set to begin"), it is still ahead of the saying, told in the past
// only because the saying is. An expectation with its day and no infinitive is such a plan
// ("Official results were expected early Monday", "A verdict was expected on Friday"). Not "was
// expected to", a forecast as often still held, nor a plan that runs up to the day ("was due to
// run until").
// A plan with a source named anywhere in its sentence ("…, according to court papers", "…, the
// court confirmed") is reported; one postponed or moved ("…but has been postponed", "…will now
// take place in January") is told from before its day. A clock may stand between the plan and
// its day ("was due to land at 9:15 p.m. (2115 GMT) on Tuesday"). "had been" tells such a plan
// as "was" does ("The offer had been set to expire Friday", since extended): a past perfect of
// the plan, not of a deed done by its day.
const PLAN_SOURCED = /\b(?:according\s+to|confirmed|says|say)\b/i;
const PLAN_MOVED_WORDS = [
  'postponed|delayed|rescheduled|moved',
  String.raw`pushed\s+back|put\s+off|brought\s+forward|will\s+now`,
].join('|');
const PLAN_MOVED = new RegExp(String.raw`\b(?:${PLAN_MOVED_WORDS})\b`, 'i');
// "at 9:15 p.m. on Tuesday", "midnight on Monday" read as one mention: the weekday after its clock.
const PLAN_CLOCK_LEAD =
  /^(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|midnight|noon|midday)\s+)?(?:on\s+)?/i;
const PLAN_TOLD_PAST_BEFORE = new RegExp(
  [
    String.raw`\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?`,
    String.raw`(?:due|set|scheduled|slated|supposed|meant|expected(?!\s+to\b))\s+`,
    String.raw`(?:to\s+[a-z]+\s+`,
    String.raw`(?:(?!(?:through|thru|until|till|by|before|into|past)\s)[\w'’-]+\s+){0,4}?)?`,
    String.raw`(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\([^()]*\)\s*)?)?`,
    String.raw`(?:on\s+|for\s+)?(?:(?:early|late)\s+)?$`,
  ].join(''),
  'i',
);

// A plan read by nearness has its infinitive or "for" ("was set to", "was scheduled for"), or is
// "due": "A new world record was set on Thursday", "The plan was slated on Tuesday by business
// leaders" are deeds, their day gone by.
const PLAN_HELD_BEFORE = new RegExp(
  String.raw`\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?` +
    String.raw`(?:due\b|expected\s+(?:(?:on|early|late)\s+)?$` +
    String.raw`|(?:set|scheduled|slated|supposed|meant)\s+(?:to|for)\s)`,
  'i',
);

/**
 * Whether the weekday at [start, end) is the day of a plan told with "was" or "were" that no one
 * reports.
 */
export function planTold(
  text: string,
  start: number,
  end: number,
  { before, after }: PlanSentence,
): boolean {
  return (
    WEEKDAY_WORD.test(
      text
        .slice(start, end)
        .replace(PLAN_CLOCK_LEAD, '')
        .replace(/^(?:early|late)\s+/i, ''),
    ) &&
    PLAN_TOLD_PAST_BEFORE.test(before) &&
    !REPORTED.test(`${before} ${after}`) &&
    !PLAN_SOURCED.test(`${before} ${after}`) &&
    !PLAN_MOVED.test(`${before} ${after}`)
  );
}

// "…on Thursday but never did", "…for Saturday but was abandoned at half-time", "…on Saturday,
// but only about 2,000 turned up", or a next sentence "Instead they spent the day …": a clause in
// the past after the plan tells what happened on its day instead, so the day is gone by.
const GIVEN_UP_VERB = [
  "never|did|didn't|was|were|had",
  String.raw`(?!(?:expected|scheduled|planned|slated|needed)\b)${REGULAR_PAST}`,
  IRREGULAR_PAST,
].join('|');
const GIVEN_UP_AFTER = new RegExp(
  String.raw`^[^.!?;]*?\b(?:but|yet|instead)\s+(?:[\w'’$%,.-]+\s+){0,8}?(?:${GIVEN_UP_VERB})\b`,
  'i',
);
const INSTEAD_NEXT = /^\s*Instead\b/;
// "The Senate vote was expected Thursday and passed 52-48", "…on Friday, and it came shortly
// after noon": "and", perhaps a pronoun, then a past verb tells what came of the plan: its day is
// gone by. Not a plan's own participle ("and was expected to pass") nor a verb merely ending in
// "-ed" ("and proceed").
// Words in -ed that are no past verb ("needed", "speed") or look ahead ("expected").
const NOT_OUTCOME_ED = [
  'expected|scheduled|planned|slated|needed|need',
  'proceed|succeed|exceed|feed|speed|bleed|breed',
].join('|');
const OUTCOME_AND_AFTER = new RegExp(
  String.raw`^[^.!?;]*?\band\s+(?:(?:it|they|he|she|this|that)\s+)?` +
    String.raw`(?!(?:${NOT_OUTCOME_ED})\b)(?:came|${REGULAR_PAST}|${IRREGULAR_PAST})\b`,
  'i',
);
// "A verdict was expected on Friday. The jury returned it after four hours.": the next sentence
// tells the expected thing delivered, in the past, within its first words.
const DELIVERED_VERB = [
  String.raw`returned|came|delivered|handed\s+down|announced|passed|arrived|ruled|voted`,
  'approved|rejected|published|released|reached',
].join('|');
const DELIVERED_NEXT = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,4}?(?:${DELIVERED_VERB})\b`,
  'i',
);

/**
 * Whether a clause in the past after the date at [start, end) tells that its plan came to nothing.
 */
export function givenUpAfter(text: string, end: number, after: string): boolean {
  const next = text.slice(end + after.length).replace(/^[.!?"'’”)\]]+/, '');
  return GIVEN_UP_AFTER.test(after) || OUTCOME_AND_AFTER.test(after) || INSTEAD_NEXT.test(next);
}

// "Official results were expected early Monday", "A verdict was expected on Friday": an
// expectation with its day and no infinitive, a plan told in the past only when its day is near.
// "had been expected" is one too ("A ruling had been expected on Friday", said on a Tuesday).
const EXPECTED_BEFORE =
  /\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?expected\s+(?:(?:on|early|late)\s+)?$/i;

// "The offer had been set to expire at 5 p.m. Friday": a plan told in the past perfect, which
// the caller reads as a plan only when its day is near, as a bare expectation.
const PERFECT_PLAN_BEFORE =
  /\bhad\s+been\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|supposed|meant)\b/i;

/**
 * Whether the weekday at [start, end) is the day of a plan told with "was" or "were" that no one
 * reports ("The plane was due to land on Tuesday", "He was set to travel to Kyiv on Monday"):
 * its sentence is past, and the day is the nearest such one to publication (`nearestWeekday`),
 * which the week may have overtaken or not yet reached. Not when a clause in the past after it
 * tells what happened instead ("was due to arrive on Thursday but never did") or what came of it
 * ("was expected Thursday and passed 52-48"): that day is gone by. 'expectation' for a bare
 * expectation ("Official results were expected early Monday"), which the caller reads as a plan
 * only when its day is near; also not when the next sentence tells the expected thing delivered
 * ("A verdict was expected on Friday. The jury returned it after four hours."). 'perfect' for
 * a plan told with "had been" ("The offer had been set to expire at 5 p.m. Friday"), likewise a
 * plan only when its day is near: "The vote had been scheduled for Monday", said on a Friday, is
 * the Monday gone by. `around` holds the words of the day's sentence (`sentenceAround`).
 */
export function planToldPast(
  text: string,
  start: number,
  end: number,
  around: PlanSentence,
): 'plan' | 'expectation' | 'perfect' | undefined {
  if (
    !planTold(text, start, end, around) ||
    !PLAN_HELD_BEFORE.test(around.before) ||
    givenUpAfter(text, end, around.after)
  )
    return undefined;
  if (PERFECT_PLAN_BEFORE.test(around.before)) return 'perfect';
  if (!EXPECTED_BEFORE.test(around.before)) return 'plan';
  const next = text.slice(end + around.after.length).replace(/^[.!?"'’”)\]]+/, '');
  return DELIVERED_NEXT.test(next) ? undefined : 'expectation';
}
