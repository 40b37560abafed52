import type { EventStatus } from '../model/temporal.ts';

/** Words that make a happening only possible: it could, may or might happen, or would under a condition. */
const POSSIBLE = /\b(?:could|may|might|would|as soon as|possibly|perhaps)\b/;

/** Words that announce a plan: what will happen, or is set, due or scheduled to. */
const PLANNED =
  /\b(?:will|shall|(?:is|are|was|were) (?:set|due|scheduled|expected|planned|going) to|(?:is|are) to|plans? to|planning to|scheduled for|slated)\b|['’]ll\b/i;

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
 * may, might, would, as soon as), `scheduled` where they state a plan with a date (will, is set
 * to, scheduled for; or the date lies wholly after publication), else `happened`. Hedging wins
 * over a plan: "the deal could be signed next week" is possible, not scheduled.
 *
 * @example statusFromWords({ words: 'The talks will resume', dateStart: '2025-08-11', dateEnd: '2025-08-17', published: '2025-08-07' })
 * // 'scheduled'
 */
export function statusFromWords({ words, dateStart, published }: StatusInput): EventStatus {
  // Lower-case only: "May" at the start of a sentence is far more often the month in news copy.
  if (POSSIBLE.test(words)) return 'possible';
  if (PLANNED.test(words) || dateStart > published) return 'scheduled';
  return 'happened';
}
