import { PLURAL_SUBJECT_BEFORE } from './pluralSubjectBefore.ts';

const ENDING_VERB = String.raw`(?:end|conclude|finish|adjourn|wrap\s+up)`;
// What a result of a happening opens after "end in" ("end in deadlock", "end in a draw").
const OUTCOME = String.raw`(?:failure|deadlock|stalemate|defeat|disarray|chaos|acrimony|tears|victory|a|an|no)\b`;
// What a market's close opens after "end on" or "finish at" ("Stocks end on a high note",
// "Shares finish at a record high"): a level, no time.
const MARKET_CLOSE = String.raw`(?:a|an|record|highs?|lows?|levels?)\b`;
const TIME_AHEAD = String.raw`(?=(?:\s+(?:\w+ly|again))?(?:\s+(?:(?:on|at)(?!\s+${MARKET_CLOSE})|this|next|in(?!\s+${OUTCOME}))\b|\s*$))`;

/**
 * A plural subject's bare verb of ending: "The hearings end Friday", "The talks conclude Tuesday",
 * "The Games finish Sunday", "Both chambers adjourn Friday", "The negotiations wrap up on
 * Thursday", and the same right after "which" or "that" of a plural ("talks that end Tuesday", "The
 * talks, which end Friday, …"). In the present such a verb is a schedule's, as "The conference ends
 * Tuesday" already was. The bare form is read only right after a plural ("talks", "they", "we") or
 * its relative pronoun, and only before a preposition of time or the date itself, so that "a dead
 * end on Monday", "at the end Friday" (nouns) and "The talks end in deadlock on Friday" or "Stocks
 * end on a high note on Friday" (a headline's present of what happened) are not taken. A regular
 * expression's source, for PRESENT_SCHEDULE.
 */
export const PLURAL_ENDING_VERB_SOURCE = `${PLURAL_SUBJECT_BEFORE}${ENDING_VERB}${TIME_AHEAD}`;
