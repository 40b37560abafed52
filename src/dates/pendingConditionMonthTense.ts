import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// "The merger is subject to approval by shareholders at a special meeting in", "The sale requires
// approval by holders at a meeting in", "pending a vote in": a condition a deal still waits on, in
// the present, then the words of the condition in its clause, then a preposition of its time.
const PENDING_BEFORE =
  /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:subject|conditional|conditioned|contingent)\s+(?:to|on|upon)|requires?|needs?|pending)\b(?<words>[^.!?;:]{0,80}?)\b(?:in|by|at|on|before|until)\s+(?:(?:early|late|mid-?)\s*)?$/i;
// The condition itself, in its words: a deal waits on an approval, a vote, a consent ("needs the
// points it dropped in" is no deal's condition).
const CONDITION_NOUN =
  /\b(?:approvals?|votes?|consent|clearance|review|ratification|financing|meeting)\b/i;
// A past in the condition's words ("subject to a vote that was held in") tells of it gone by.
const PAST_WORD = /\b(?:was|were|had|been|held|approved|voted|completed|closed|ended)\b/i;
// A relative clause in the condition's words tells of its own time ("approval of holders, who
// rejected a similar plan in", "of the board, which last met in"): only one still to come, with a
// modal or "to be", keeps the condition's tense ("holders, who will vote in").
const RELATIVE_CLAUSE = /\b(?:which|who|whom)\b(?<clause>.*)$/i;
const CLAUSE_AHEAD =
  /\b(?:will|would|shall|could|can|may|might|is|are|(?:expects?|plans?)\s+to)\b/i;

/** Whether the condition's words end in a relative clause of its own, not one still to come. */
function relativeClauseOfItsOwn(words: string): boolean {
  const clause = RELATIVE_CLAUSE.exec(words)?.groups?.clause;
  return clause !== undefined && !CLAUSE_AHEAD.test(clause);
}

/** How many months ahead of publication the month may be to be read as still to come. */
const AHEAD_MONTHS = 6;

/**
 * The tense to read a month named without a year by when it is the time of a condition a deal
 * still waits on ("The merger is subject to approval by shareholders at a special meeting in
 * December", said on 30 October 1989): the condition lies ahead, so a month one to six months ahead
 * of publication is the coming one, not one gone by more than half a year, which no pending deal
 * waits on. Only a condition a deal waits on, named in its words (an approval, a vote, a consent,
 * a meeting): "The club needs the points it dropped in March" is none. A month behind publication
 * keeps the tense it had; so does a past in the condition's words ("subject to a vote that was
 * held in March"), a relative clause with no modal ("approval of holders, who rejected a plan in
 * December") and a past condition ("was subject to approval in December").
 *
 * @example
 * pendingConditionMonthTense('The merger is subject to approval at a meeting in ', '.', 12, '1989-10-30', 'past')
 * // 'future'
 */
export const pendingConditionMonthTense: MonthTurner = (
  before,
  _after,
  month,
  published,
  tense,
) => {
  if (tense === 'future') return tense;
  const pending = PENDING_BEFORE.exec(before);
  if (!pending) return tense;
  const words = pending.groups!.words!;
  if (!CONDITION_NOUN.test(words) || PAST_WORD.test(words) || relativeClauseOfItsOwn(words)) {
    return tense;
  }
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : tense;
};
