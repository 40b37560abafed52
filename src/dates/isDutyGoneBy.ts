import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { REPORTED } from './reportingVerbs.ts';

// "had to" or "needed to" with its verb and up to six words of object before "by": "Ballots had to
// arrive by", "Candidates had to file their papers by", "The money needed to be repaid by".
const DUTY_BEFORE_BY =
  /\b(?:had|needed)\s+(?:\w+ly\s+)?to\s+[a-z]+\b(?:\s+(?!(?:and|or|but|while|when|if|unless)\b)[\w'’$.,-]+){0,6}?\s+by\s+(?:the\s+)?$/i;
// A past saying or a source anywhere in the sentence, "or" right after the date, or a modal or
// present in the date's own clause leaves the duty to be met, told in the past only because the
// saying is ("Officials said ballots had to arrive by Friday", "…had to disarm by Friday or face
// airstrikes"). A present saying does not put a duty in the past ("Officials say ballots had to
// arrive by Friday" is gone by), nor does a later clause ("…by Friday, and the count is now under
// way"), nor an "or" further on ("…by Friday, postmarked on or before Election Day").
const SOURCED = /\baccording\s+to\b/i;
const OR_RIGHT_AFTER = /^[\s,]*or\b/i;
const STILL_AHEAD_AFTER = /\b(?:would|could|will|is|are|must|can|may|might|'ll|’ll)\b/i;
const NEXT_CLAUSE = /(?:,\s*(?:and|but|while|although|though)\b|;|\s[-–—]{1,2}\s).*$/is;
// A duty in a "that" clause after a past verb of saying or ruling is reported speech too, the
// date still the coming one: "Officials warned on Monday that the rebels had to disarm by
// Friday", "The judge ruled Monday that the county had to finish by Friday".
const DUTY_IN_THAT_CLAUSE = new RegExp(
  String.raw`\b(?:${REGULAR_PAST}|told|wrote|held|found)\s+(?:(?:on\s+)?\w+\s+)?that\s+(?:(?!that\b)[\w'’$.,-]+\s+){1,8}(?:had|needed)\s+(?:\w+ly\s+)?to\s+[a-z]+\b`,
  'i',
);

// The sentence's own verb right after the date: the duty is then told inside its subject, "The $5
// million needed to finish the bridge by Friday was approved", "The papers he had to file by
// Friday are missing". There "needed" may be a participle with no tense of its own (the money
// needed, the date still the coming one), where "had" is the past of its own clause, whatever
// the sentence's verb.
const VERB_RIGHT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:not|also|already|still|now|\w+ly)\s+)?(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|remains?|${IRREGULAR_PAST}|${REGULAR_PAST})\b`,
  'i',
);

/**
 * Whether a date after "by" is the deadline of a duty that was, gone by: "Overseas absentee
 * ballots had to arrive by midnight Friday to be counted", said on Monday 20 November 2000, is
 * the Friday gone by (2000-11-17), where "by" with the infinitive read the coming Friday. `before`
 * and `after` are the words of the date's sentence before it and after it. Not a duty that
 * someone reports ("Officials said the rebels had to disarm by Friday", "…, the envoy said", "The
 * judge ruled on Monday that the county had to finish by Friday"), nor one followed by "or" or
 * whose clause goes on with a modal or a present ("had to leave by Friday or face arrest", "had to
 * pay by Friday, which is why the office is open"): those may still be to come. Not "needed" either
 * when the sentence's own verb follows the date ("The $5 million needed to finish the bridge by
 * Friday was approved"): a participle, the money needed; "had to" there is still gone by ("The
 * papers he had to file by Friday are missing").
 */
export function isDutyGoneBy(before: string, after: string): boolean {
  const duty = DUTY_BEFORE_BY.exec(before);
  if (!duty || DUTY_IN_THAT_CLAUSE.test(before)) return false;
  const inSubject = VERB_RIGHT_AFTER.test(after);
  if (inSubject && /^needed\b/i.test(duty[0])) return false;
  const sentence = `${before} ${after}`;
  return (
    !REPORTED.test(sentence) &&
    !SOURCED.test(sentence) &&
    !OR_RIGHT_AFTER.test(after) &&
    (inSubject || !STILL_AHEAD_AFTER.test(after.replace(NEXT_CLAUSE, '')))
  );
}
