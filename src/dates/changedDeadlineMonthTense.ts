import { DEADLINE_NOUN } from './deadlineNoun.ts';
import { monthsAhead } from './monthsAhead.ts';
import type { Tense } from './tenseAround.ts';

// A deadline's own passive of change right after it: "deadline was extended", "deadline has been
// pushed back", "deadline was brought forward", "deadline has been scrapped".
const CHANGED = [
  'extended|moved|shifted|changed|postponed|delayed|deferred|scrapped|dropped|waived|lifted',
  'relaxed|eased|tightened|pushed\\s+back|put\\s+back|brought\\s+forward|moved\\s+up',
].join('|');
const DEADLINE_CHANGED_AFTER = new RegExp(
  String.raw`^${DEADLINE_NOUN}\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:(?:\w+ly|now|also|again)\s+)?(?:${CHANGED})\b`,
  'i',
);
// How far ahead a deadline's month may lie and still be the one changed: a deadline is moved
// while it is near, ahead or just gone.
const AHEAD_MONTHS = 6;

/**
 * The tense of a month that names a deadline changed in the passive: "The May deadline was
 * extended", said in June, is the May gone by (`2026-05`; the deadline noun had put it ahead, a
 * year on), "The June deadline has been pushed back to September", said in April, the June to
 * come. The words do not say whether the deadline was still ahead when it was moved, so the
 * nearer of the two is taken: up to six months ahead the coming one, else the one gone by. Only
 * the deadline's own verb right after it; a deadline met or missed is gone by (`deadlineNoun`),
 * and one merely named ("The May deadline is fast approaching") keeps its tense.
 *
 * @example changedDeadlineMonthTense(' deadline was extended', 5, '2026-06-10', 'future') // 'past'
 */
export function changedDeadlineMonthTense(
  after: string,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  if (!DEADLINE_CHANGED_AFTER.test(after)) return tense;
  const ahead = monthsAhead(month, published);
  return ahead >= 1 && ahead <= AHEAD_MONTHS ? 'future' : 'past';
}
