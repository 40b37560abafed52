import { INSTRUCTION_TO_ATTEND_SOURCE } from './instructionToAttend.ts';

// The instruction, a few words before the date: "were asked to return on ", "told him to appear ".
const INSTRUCTION_BEFORE = new RegExp(
  String.raw`(?:${INSTRUCTION_TO_ATTEND_SOURCE})\b(?:\s+[\w'’.:-]+){0,4}?\s*$`,
  'i',
);

// A verb of the present or the future before a participle: "once the evidence is reviewed".
const NOT_PAST_AUXILIARY = String.raw`(?:is|are|am|be|been|being|will|would|can|could|shall|should|may|might|must|has|have)\b`;

// What the rest of the sentence tells came of it, in the past: "…, and most of them did", "…, but
// he failed to do so", "…, but few did", "…, never showed up"; or the day's own happening told
// gone by right after it: "…, when the school reopened", "… after the blaze was contained".
const OUTCOME_AFTER = new RegExp(
  [
    String.raw`^[^.;!?]*?,\s*(?:and|but)\s+(?:[\w'’]+\s+){0,4}?(?:did|didn['’]t|failed|never|refused|declined)\b`,
    String.raw`^[^.;!?]*?\b(?:never|did\s+not|didn['’]t|failed\s+to)\s+(?:show(?:ed)?|turn(?:ed)?|came|come|appear(?:ed)?|return(?:ed)?)\b`,
    String.raw`^\s*,?\s*(?:when|after|once)\s+(?:(?!${NOT_PAST_AUXILIARY})[\w'’-]+\s+){0,3}?(?:was|were|had|[a-z]{3,}ed)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether an instruction to come back or to appear (`sentenceBefore`, the sentence's words before
 * the day) is one whose outcome the rest of the sentence (`sentenceAfter`) tells in the past, so
 * that the day is gone by: "Evacuees were asked to return on Tuesday, and most of them did", "The
 * court told him to appear on Friday, but he failed to do so", "Pupils were told to come back on
 * Monday, when the school reopened". Not a sequel still ahead ("told jurors to return Friday, when
 * deliberations will begin", "… once the evidence is reviewed") nor one with no past verb ("to
 * return Friday after a long weekend").
 *
 * @example isInstructionOutcomeTold('They were asked to return on ', ', and most did.') // true
 */
export function isInstructionOutcomeTold(sentenceBefore: string, sentenceAfter: string): boolean {
  return INSTRUCTION_BEFORE.test(sentenceBefore) && OUTCOME_AFTER.test(sentenceAfter);
}
