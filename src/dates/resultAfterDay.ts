import { LOOKING_AHEAD } from './attendingAheadBefore.ts';
import { FUTURE_MODAL_SOURCE, MODALS } from './modals.ts';

// A score ("2-1", "30–10", "112-98").
const SCORE = String.raw`\d{1,3}\s*[-–]\s*\d{1,3}`;
// What a score is the result of: a win, a defeat, a draw.
const RESULT = String.raw`(?:win|wins|victory|defeat|loss|draw|rout|thrashing|triumph|success|comeback)`;
// Right after the day: "with a 2-1 win", "with a narrow 19-18 win over Saracens", "with an 112-98
// victory", perhaps after the place ("on Sunday at Anfield with a 2-1 win").
// The result closes its clause, perhaps after its opponent or ground ("with a 3-0 win over
// Hearts."): not "with a 2-1 win needed to stay up", "with a 24-10 defeat in Paris last year to
// avenge", "with a 2-1 win at Brentford last weekend still fresh", where the score is of another
// day or one still wanted.
const NAME = String.raw`[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`;
const RESULT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*,?\s+with\s+an?\s+(?:[a-z]+\s+){0,2}${SCORE}\s+${RESULT}(?:\s+(?:over|against|at|in|for|away\s+(?:to|at))\s+(?:the\s+)?${NAME})?\s*(?:[.,;:!?)”"’]|$)`,
);
// A modal before the day in its sentence looks ahead to a result wished or foretold: "Rovers will
// end the season at home on Sunday with a 2-0 win", "City can seal the title on Sunday with a 1-0
// win over United"; so does a hope, plan or need ("Celtic hope to seal the title on Sunday with a
// 2-0 win", "Celtic need to seal the title at Ibrox on Sunday with a 2-0 win").
const MODAL_BEFORE = new RegExp(
  String.raw`\b(?:${MODALS})\b|${FUTURE_MODAL_SOURCE}|\b${LOOKING_AHEAD}|\bneeds?\s+to\b`,
  'i',
);

/**
 * Whether the words after a weekday (`after`) give the result of what was played that day, a
 * score with its win or defeat: "Leicester end the season at Fulham on Sunday with a 2-1 win",
 * said on Monday 18 May 2026, tells the Sunday gone by (2026-05-17), though its verb is in the
 * present, as a headline's is; "Wales open their Six Nations campaign in Rome on Saturday with a
 * 30-10 win". A score is known only once the game is played. Not a result with no score ("hope to
 * end the season on Sunday with a win"), which a plan may name; not a result that does not close
 * its clause ("The season ends on Sunday with a 2-1 win needed to stay up"); not after a modal, a
 * hope, plan or need in the day's sentence (`before`, the words before the day: "City can seal the
 * title on Sunday with a 1-0 win", "Celtic need to seal the title on Sunday with a 2-0 win").
 *
 * @example resultAfterDay(' with a 2-1 win.', 'Leicester end the season at Fulham on ') // true
 */
export function resultAfterDay(after: string, before: string): boolean {
  const sentence = before.split(/[.!?]\s+(?=[A-Z])/).pop() ?? '';
  return RESULT_AFTER.test(after) && !MODAL_BEFORE.test(sentence);
}
