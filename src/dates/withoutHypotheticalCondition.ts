import { MODALS } from './modals.ts';

// A condition's clause: "if" or "unless" and its words up to the next clause boundary or full stop.
const CONDITION = /\b(?:if|unless)\b[^,;:()—.!?]*/gi;
// The main clause of a condition not met: "would", "could" or "might" (not "will", whose
// condition is open: "If the bill passed, it will take effect" tells of a bill that did pass).
const HYPOTHETICAL_MAIN = /\b(?:would|could|might)\b/i;
// A modal inside the condition ("if talks would resume", "if it could") makes it a question or
// a report, not a condition with a past of its own.
const MODAL_IN = new RegExp(`\\b(?:${MODALS})\\b`, 'i');

/** `words` with each condition held in it blanked, keeping every offset where it was. */
function blankConditions(words: string, closedOnly: boolean): string {
  return words.replace(CONDITION, (clause, index: number) => {
    const closed = /^[,;:()—]/.test(words.slice(index + clause.length));
    return MODAL_IN.test(clause) || (closedOnly && !closed) ? clause : ' '.repeat(clause.length);
  });
}

/**
 * The words of a date's sentence before and after it with the clause of a condition not met
 * blanked: in "The president would attend the summit in June if security allowed" and "If the bill
 * passed, it would take effect in January" the past of the condition is no past at all, only a
 * hope or a fear, and the "would" of the main clause tells the time ahead. Only when the sentence
 * has "would", "could" or "might" outside the condition, and only a condition that the date is
 * not in (one before the date must have closed before it). Blanks keep every offset.
 *
 * @example withoutHypotheticalCondition({ before: 'It would end in ', after: ' if it passed.' })
 * // { before: 'It would end in ', after: '              .' }
 */
export function withoutHypotheticalCondition(around: { before: string; after: string }): {
  before: string;
  after: string;
} {
  const before = blankConditions(around.before, true);
  const after = blankConditions(around.after, false);
  if (before === around.before && after === around.after) return around;
  return HYPOTHETICAL_MAIN.test(`${before} ${after}`) ? { before, after } : around;
}
