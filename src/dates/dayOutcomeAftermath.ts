import { CROWD_OR_MARKET_MOVES, MARKET_ONLY_MOVES, movesSource } from './marketMove.ts';
import { OUTCOME_ADJECTIVE } from './outcomeAdjective.ts';
import { TURNED_OUT_EVENT } from './turnedOutEvent.ts';

// What a market moves in: "in bonds", "in the dollar", "in stock prices", or before the move
// ("Friday's bond rally", "Monday's stock-market plunge").
const MARKET = String.raw`(?:bonds?|stocks?|shares|prices|dollar|treasurys|treasuries|markets?|equities|futures|gold|oil|yields|notes|bills|junk|stock-market|bond-market|credit-market)`;
// Moves only a market makes in news copy, and moves a crowd or a team makes too ("Friday's
// rally in Washington", "Saturday's gains on the field"), which count only with a market word.
// The shared words of a market's move (marketMove), and on purpose beside them "plunge",
// "tumble" and "nosedive" as a market's alone, and "rebound", "advance", "retreat", "rise" and
// "gain" with a market word ("Tuesday's rise in bond yields will …" tells the rise gone by).
const MARKET_MOVE = movesSource([...MARKET_ONLY_MOVES, 'plunge', 'tumble', 'nosedive']);
const ANY_MOVE = movesSource([
  ...CROWD_OR_MARKET_MOVES,
  'rebound',
  'advance',
  'retreat',
  'rise',
  'gain',
]);
// What the event is expected to do, or will or may do.
const AHEAD = String.raw`(?:will|would|could|should|may|might|(?:is|are)\s+(?:(?:widely|generally|also)\s+)?(?:expected|likely)\s+to)\b`;
// The day's possessive ("Friday's"); each pattern takes the words after it.
const OWNED = String.raw`^['’]s\s+`;
const TOLD_OUTCOME = new RegExp(
  String.raw`${OWNED}${OUTCOME_ADJECTIVE}\s+(?:[\w-]+\s+){0,2}?${TURNED_OUT_EVENT}(?:\s+(?:on|of|in|for)\s+(?:[\w$%/-]+\s+){1,6}?)?\s*${AHEAD}`,
  'i',
);
const MOVE_TOLD = new RegExp(
  String.raw`${OWNED}(?:[\w-]+\s+){0,2}?${MARKET_MOVE}(?:\s+(?:in|of|on)\s+(?:[\w$%/-]+\s+){1,4}?)?\s*${AHEAD}`,
  'i',
);
const MARKET_MOVE_TOLD = new RegExp(
  String.raw`${OWNED}(?:(?:[\w-]+\s+){0,2}?${MARKET}\s+${ANY_MOVE}|(?:[\w-]+\s+){0,1}?${ANY_MOVE}\s+(?:in|of|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${MARKET})\s+(?:[\w$%/-]+\s+){0,4}?${AHEAD}`,
  'i',
);
// chrono's weekdays: Sunday is 0, Saturday 6. Markets are shut at weekends.
const WEEKEND = new Set([0, 6]);

/**
 * Whether the words right after a weekday (`after`, from its possessive on) tell an event gone by
 * with what is expected of it: told how it turned out ("Friday's strong employment report is
 * expected to keep pressure on the Fed", said on the Monday after, is the Friday gone by, where
 * the expectation read it ahead) or a market's move ("Friday's selloff in bonds is expected to
 * continue today", "Friday's rally in bonds is expected to fade this week"): only the event's
 * effect is ahead. Not an event told with what it will show ("Friday's employment report is
 * expected to show a gain", still to come), nor a move a crowd makes ("Friday's rally in
 * Washington will draw thousands"), nor a weekend day's (`weekday`, chrono's: Sunday 0).
 *
 * @example dayOutcomeAftermath("'s selloff in bonds is expected to continue today.", 5) // true
 */
export function dayOutcomeAftermath(after: string, weekday: number | null): boolean {
  if (weekday === null || WEEKEND.has(weekday)) return false;
  return TOLD_OUTCOME.test(after) || MOVE_TOLD.test(after) || MARKET_MOVE_TOLD.test(after);
}
