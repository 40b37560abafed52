import type { EventStatus } from '../model/temporal.ts';

/**
 * Words that make a happening only possible: it could, may or might happen, would under a
 * condition, is likely or hoped for, or happens if (or unless) something else does. "Asked if",
 * "as if" and "even if" are not conditions.
 */
const POSSIBLE =
  /\b(?:could|may|might|would|as soon as|as early as|possibly|perhaps|potentially|likely|unlikely|hopes? to|hoping to|aims? to|seeks? to|unless)\b|(?<!\b(?:asked|asks|ask|as|even|whether)\s)\bif\b/;

/** Words that announce a plan: what will happen, or is set, due or scheduled to, or intended. */
const PLANNED =
  /\b(?:will|shall|(?:is|are|was|were) (?:set|due|scheduled|expected|planned|going) to|(?:is|are) to|plans? to|planning to|intends? to|intended to|scheduled for|slated)\b|['’]ll\b/i;

/**
 * Reported future: "would" after a verb of saying is the reporter's way of giving someone's
 * "will" ("the ministry said it would publish the figures on Monday"), a plan rather than a
 * guess, unless another word hedges it.
 */
const REPORTED_WOULD =
  /\b(?:said|says|told|announced|confirmed|stated|added|insisted|promised|pledged|vowed)\b(?:\s+that)?\s+(?:\S+\s+){1,4}?would\b/;

export type StatusInput = {
  /** The passage's words, without the date expression (so "May 2010" is not read as "may"). */
  words: string;
  /** The first and last day of the date the passage gives, and the article's publication date. */
  dateStart: string;
  dateEnd: string;
  published: string;
};

/**
 * The status a passage's own words give its happening: `possible` where they hedge (could,
 * may, might, would, as soon as, likely, if), `scheduled` where they state a plan with a date
 * (will, is set to, is expected to, intends to, scheduled for, "said it would"; or the date lies
 * wholly after publication), else `happened`. Hedging wins over a plan: "the deal could be signed
 * next week" is possible, not scheduled.
 *
 * @example statusFromWords({ words: 'The talks will resume', dateStart: '2025-08-11', dateEnd: '2025-08-17', published: '2025-08-07' })
 * // 'scheduled'
 */
export function statusFromWords({ words, dateStart, published }: StatusInput): EventStatus {
  // Lower-case only: "May" at the start of a sentence is far more often the month in news copy.
  const read = words.replace(REPORTED_WOULD, (m) => m.replace(/would$/, 'will'));
  if (POSSIBLE.test(read)) return 'possible';
  if (PLANNED.test(read) || dateStart > published) return 'scheduled';
  return 'happened';
}
