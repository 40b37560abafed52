import { IRREGULAR_PAST } from './irregularPast.ts';
import { PAST_PARTICIPLE_EN } from './pastParticipleEn.ts';
import { REGULAR_PAST } from './regularPast.ts';

// "She stayed at a hotel in Lisbon until August", "He was chairman of the board until March, when
// he retired", "worked as a nurse in Boston until February": a stay, a post or a job told in the
// past and lasting "until" a date ended there, gone by. The verb's place, post or company may take
// up to six words, with no comma, clause or infinitive between ("stayed with relatives in Cork").
// Not a participle after "was" or "were" ("was closed until May", "was staying until March",
// "were due to stay until June"), which may hold or plan the date ahead, nor a negation ("was not
// leaving until March").
const STAY_VERB = 'stayed|lived|worked|remained|served|taught|studied|coached|played|lodged';
// After "was" or "were", no participle in -en or of the irregular verbs ("Detectives were given
// until Saturday", "were kept until Monday"), which sets the date ahead; "open" or "green" is no
// participle ("The shop was open until March" is a state gone by).
const WAS_NOT_PARTICIPLE = String.raw`(?:was|were)\s+(?!(?:${PAST_PARTICIPLE_EN}|${IRREGULAR_PAST})\b)`;
const NOT_BETWEEN = `to|be|been|being|not|never|and|or|but|that|which|who|will|would|until|till|due|set|expected|likely|[a-z]+ing|${REGULAR_PAST}`;
const PAST_STAY_UNTIL = new RegExp(
  String.raw`\b(?:(?:${STAY_VERB})\s+|${WAS_NOT_PARTICIPLE})(?:(?!(?:${NOT_BETWEEN})\b)[a-z.'’-]+\s+){1,6}(?:until|till)\s+(?:the\s+)?$`,
  'i',
);
// "He was chairman … until": the words after "was" must not be a participle of "until"'s own
// (caught by NOT_BETWEEN) and the verb itself not a "would"-future's ("would have stayed").
const WOULD_BEFORE = /\b(?:would|will|could|might|may)\s+(?:have\s+)?(?:\w+\s+)?$/i;
// A report before the stay shifts its tense back ("A spokesman said the minister was in Brussels
// until Thursday", "The court ruled that he was free on bail until Monday"): the date may be ahead.
const REPORT_BEFORE =
  /\b(?:said|says|say|told|tells|ruled|announced|reported|stated|confirmed|insisted|added|explained)\b/i;

/**
 * Whether the words before a date end with a past stay, post or job lasting "until" it ("stayed
 * at a hotel in Lisbon until", "was chairman of the board until").
 */
export function isPastStayUntil(before: string): boolean {
  const match = PAST_STAY_UNTIL.exec(before);
  if (match === null) return false;
  const lead = before.slice(0, match.index);
  return !WOULD_BEFORE.test(lead) && !REPORT_BEFORE.test(lead);
}
