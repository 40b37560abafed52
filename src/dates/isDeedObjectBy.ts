import { DETERMINER } from './determiner.ts';
import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { PLAN_WORDS } from './planParticiples.ts';

// Verbs whose object is asked for, promised or set for a time still ahead ("ordered residents out
// by Friday", "gave the company a deadline by Monday", "promised a decision by Friday", "insisted
// management improve the offer by Friday"): the date is what the deed waits on, not when it was
// done.
export const AWAITS_OBJECT = [
  PLAN_WORDS,
  'asked|told|ordered|urged|required|requested|demanded|promised|wanted|sought|invited|instructed',
  'insisted|proposed|suggested|recommended',
  'gave|given|granted|offered|allowed|agreed|announced|called|vowed|pledged|hoped|aimed|targeted',
  'extended|postponed|delayed|deferred|suspended|adjourned|moved|pushed',
].join('|');
// One word of what the deed did or was done to: a figure ("$1.2", "90%"), a word, or "to" before
// an article, a quantifier, a figure, a plural or "normal" ("to most customers", "to 90% of
// homes", "to members", "back to normal"); not "to" before a verb, which opens an infinitive
// ("hoped to restore power by Monday"; "to discuss", "to focus" end in "ss" and "us"), nor a word
// that opens a clause of its own. At most seven words ("to 95% of homes in the county").
export const OPENS_CLAUSE =
  'to|be|been|and|or|but|so|that|which|who|if|when|once|unless|because|after|before|until|while|as|will|would|could|should|can|may|might|must|shall';
const TO_ARTICLE =
  '(?:to\\s+(?=(?:the|a|an|all|most|many|some|more|about|around|nearly|almost|over|every|each|its|their|his|her|our)\\b|\\d|normal\\b|[a-z]*[^su\\W]s\\b))?';
const OBJECT_WORD = `${TO_ARTICLE}(?:[$£€]?\\d[\\d.,]*(?:%|[a-z]+)?|(?!(?:${OPENS_CLAUSE})\\b)[a-z][a-z'’-]*)\\s+`;
const OBJECT = `(?:${OBJECT_WORD}){1,7}`;
const BY_END = String.raw`by\s+(?:on\s+|the\s+|this\s+)?$`;
// A word in "ed" but not in "eed", which is mostly a present ("need", "exceed", "proceed"),
// "freed" apart.
const PAST_FORM = `(?:${IRREGULAR_PAST}|freed|[a-z]*[^\\We]ed)`;
// "Crews restored power to most homes by Monday": an active past with its object between. Not a
// participle after "be", "have" or a modal ("will have restored power by Monday" looks ahead), nor
// an adjective after a determiner ("the affected homes by Monday").
const ACTIVE = new RegExp(
  String.raw`(?<!\b(?:is|are|am|be|been|being|was|were|has|have|having|will|would|shall|should|could|might|must|to|${DETERMINER})\s+(?:\w+ly\s+)?)` +
    String.raw`\b(?!(?:${AWAITS_OBJECT})\b)${PAST_FORM}\s+${OBJECT}${BY_END}`,
  'i',
);
// "Power was restored to most customers by 6 p.m. on Monday", "The blaze was brought under
// control by Sunday": a past passive with its complement between; so is a state come back to
// ("Service was back to normal by Monday", "The plant was back online by Tuesday").
const PASSIVE = new RegExp(
  String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?!(?:${AWAITS_OBJECT})\b)` +
    String.raw`(?:${UNCHANGED_PAST}|${PAST_FORM}|back)\s+${OBJECT}${BY_END}`,
  'i',
);

// "It was vital that councils completed the checks by Friday", "The union demanded that managers
// withdrew the plan by Friday": a deed after a demand or a need and "that" is what is asked for,
// still to be done, though written in the past as reported speech writes it.
export const MANDATE_THAT = new RegExp(
  String.raw`\b(?:asked|demanded|insisted|urged|required|requested|proposed|recommended|ordered|stipulated|vital|essential|crucial|important|necessary|imperative|urgent)\s+that\s+(?:(?!by\b)[\w'’$£€%.,-]+\s+){1,12}${BY_END}`,
  'i',
);

/**
 * Whether the words before a date end with a past deed, active or passive, whose object or
 * complement stands between it and "by": "Crews restored power to most homes by Monday", "Power
 * was restored to most customers by 6 p.m. on Monday", said on a Wednesday, tell when the deed
 * was done, the Monday gone by, as "The fire was contained by Sunday" (the verb right before
 * "by") already did. Not a verb that waits on its object ("ordered residents out by Friday",
 * "promised a decision by Friday") nor an infinitive between ("hoped to restore power by Monday").
 * Not a deed asked for after "that" ("It was vital that councils completed the checks by
 * Friday"). The caller asks too that no modal rules the clause.
 *
 * @example
 * isDeedObjectBy('Crews restored power to most homes by ') // true
 * isDeedObjectBy('The council ordered residents out by ') // false
 */
export function isDeedObjectBy(before: string): boolean {
  const tail = before.slice(-120);
  return (ACTIVE.test(tail) || PASSIVE.test(tail)) && !MANDATE_THAT.test(tail);
}
