// A score ("2-1", "30–10", "112-98").
const SCORE = String.raw`\d{1,3}\s*[-–]\s*\d{1,3}`;
// What a score is the result of: a win, a defeat, a draw.
const RESULT = String.raw`(?:win|wins|victory|defeat|loss|draw|rout|thrashing|triumph|success|comeback)`;
// Right after the day: "with a 2-1 win", "with a narrow 19-18 win over Saracens", "with an 112-98
// victory", perhaps after the place ("on Sunday at Anfield with a 2-1 win").
const RESULT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*,?\s+with\s+an?\s+(?:[a-z]+\s+){0,2}${SCORE}\s+${RESULT}\b`,
);

/**
 * Whether the words after a weekday (`after`) give the result of what was played that day, a
 * score with its win or defeat: "Leicester end the season at Fulham on Sunday with a 2-1 win",
 * said on Monday 18 May 2026, tells the Sunday gone by (2026-05-17), though its verb is in the
 * present, as a headline's is; "Wales open their Six Nations campaign in Rome on Saturday with a
 * 30-10 win". A score is known only once the game is played. Not a result with no score ("hope to
 * end the season on Sunday with a win"), which a plan may name.
 *
 * @example resultAfterDay(' with a 2-1 win.') // true
 */
export function resultAfterDay(after: string): boolean {
  return RESULT_AFTER.test(after);
}
