// "are planning a winter of protests", "threatened a summer of strikes", "promised a summer of
// protests", "warned of a winter of blackouts": a verb of planning, threatening or warning right
// before the season's "a" or "another".
const PLANNED_BEFORE =
  /\b(?:plan(?:s|ned|ning)?|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|warn(?:s|ed|ing)?\s+of)\s+$/i;

/**
 * Whether a season of events ("a winter of protests") is planned, threatened or warned of by the
 * verb right before it, so that it is the coming season whatever the tense of the telling: "Unions
 * are planning a winter of protests", said in June 2026, is `2026-WI`, not the winter gone by; and
 * "threatened a summer of strikes unless the offer improves", said in March 2026, is `2026-SU`, the
 * "unless" supposing the threat's fulfilment, not the season. Not "after a summer of protests" nor
 * "endured a winter of record waiting lists", which tell of a season gone by.
 */
export function isSeasonOfEventsAhead(before: string): boolean {
  return PLANNED_BEFORE.test(before);
}
