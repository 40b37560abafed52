import { CLAUSE_OR_ASIDE_OPENS, clauseEnding } from './clauseOpens.ts';

// A deadline named right before its midnight: "set a deadline of midnight Tuesday", "the deadline
// was midnight Friday", "the counties had until midnight Sunday", and one for a thing named
// between ("the deadline for overseas ballots was midnight Friday", "set a deadline for the hand
// counts of midnight Nov. 21", "the deadline to certify the results is midnight Nov. 26"). Asked
// of the clause's end before the midnight (clauseEnding), which midnightEndsDay has cut already.
export const DEADLINE_BEFORE_MIDNIGHT =
  /\b(?:deadlines?(?:\s+(?:for|to)\s+[^.!?;:,]{1,40}?\s+(?:was|is|were|of)|\s+(?:of|for|was|is|set\s+for))?|ha(?:d|s|ve)\s+until)\s+(?:at\s+)?$/i;

// The deadline named after a midnight's day, a word or two of what it is for between: " strike
// deadline". A regular expression's source.
export const DEADLINE_NAMED_AFTER_SOURCE = String.raw`\s+(?:[\w'’-]+\s+){0,2}deadlines?\b`;

// "the midnight Nov. 21 deadline", "a midnight Aug. 5 strike deadline": the deadline named after
// its midnight's day, perhaps after a word or two of what it is for, as wire copy writes it. Only
// where the midnight opens a noun phrase (DETERMINER_BEFORE): after a preposition it is a deed's
// time ("The shelling resumed at midnight Tuesday, deadline or no deadline", said that Tuesday, is
// the midnight that opened it).
const DEADLINE_AFTER = new RegExp(`^,?${DEADLINE_NAMED_AFTER_SOURCE}`, 'i');
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that|[\w-]+['’]s?)\s+$/i;

/**
 * Whether the midnight at `start` is a deadline set before it ("The Florida court had set a
 * deadline of midnight Tuesday", said that Tuesday): the past dates the setting of it, not the
 * midnight, which may still be ahead and ends its day, as an extension's does
 * (midnightEndsExtension). A deed at midnight told in the past ("Talks broke down at midnight
 * Friday", said that Friday) is no deadline, and keeps the midnight that opens the day. With the
 * mention's `end`, a deadline named right after it counts too ("Counties must meet a midnight Nov.
 * 21 deadline").
 *
 * @example midnightOfDeadline('The court had set a deadline of midnight Tuesday.', 32) // true
 */
export function midnightOfDeadline(text: string, start: number, end?: number): boolean {
  if (
    end !== undefined &&
    DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
    DEADLINE_AFTER.test(text.slice(end, end + 40))
  )
    return true;
  const before = text.slice(Math.max(0, start - 60), start);
  return DEADLINE_BEFORE_MIDNIGHT.test(clauseEnding(before, CLAUSE_OR_ASIDE_OPENS));
}
