import { DEADLINE_NOUN } from './deadlineNoun.ts';

// "'s deadline", "’s ultimatum", "'s cutoff" right after a day: the project's deadline noun with
// its "'s" not left out.
const OWNED_DEADLINE = new RegExp(`^(?=['’]s)${DEADLINE_NOUN}\\b`, 'i');

/**
 * Whether the words after a day (`after`, opening with its "'s") make the day a deadline's:
 * "Hamas has until Wednesday's deadline to respond", "Russia faces Sunday's ultimatum". A day that
 * owns a deadline is no event that came of it ("Wednesday's ruling" is gone by): a deadline lies
 * ahead unless the sentence tells it met, missed or gone by, which the sentence's tense reads
 * (`tenseAround`: "ignored Monday's deadline", "after Friday's deadline passed").
 *
 * @example ownedDeadlineAfter("'s deadline to respond.") // true
 */
export function ownedDeadlineAfter(after: string): boolean {
  return OWNED_DEADLINE.test(after);
}
