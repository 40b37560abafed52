import { DEADLINE_NOUN } from './deadlineNoun.ts';

// "'s deadline", "’s ultimatum", "'s cutoff" right after a day: the project's deadline noun with
// its "'s" not left out.
const OWNED_DEADLINE = new RegExp(`^(?=['’]s)${DEADLINE_NOUN}\\b`, 'i');
// "has until", "faces", "by" right before the day: a deadline someone still has to meet. Without
// them a past sentence tells the deadline gone by ("Wednesday's deadline was met", "let Sunday's
// ultimatum lapse", "Before Monday's deadline, the sides traded proposals").
const HELD_BEFORE = /\b(?:until|face|faces|facing|by)\s+$/i;

/**
 * Whether a day (`before` and `after` it, `after` opening with its "'s") owns a deadline someone
 * has until or faces: "Hamas has until Wednesday's deadline to respond", "Russia faces Sunday's
 * ultimatum". Such a day is no event that came of it ("Wednesday's ruling" is gone by): the
 * sentence's tense reads it as any deadline (`tenseAround`), ahead unless met, missed or gone by
 * ("ignored Monday's deadline", "after Friday's deadline passed").
 *
 * @example ownedDeadlineAhead('Hamas has until ', "'s deadline to respond.") // true
 */
export function ownedDeadlineAhead(before: string, after: string): boolean {
  return HELD_BEFORE.test(before) && OWNED_DEADLINE.test(after);
}
