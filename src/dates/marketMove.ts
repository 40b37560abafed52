/**
 * The words of a market's move that the three checks of a weekday's move share (dayEventAwaited's
 * MOVE, dayOutcomeAftermath's MARKET_MOVE and ANY_MOVE, continuedDayEvent's MOVE_NOUNS): "Monday's
 * selloff", "Friday's rally in bonds", "Wednesday's gains". Each check adds words of its own, on
 * purpose (see each): the lists are not one, as "Tuesday's rise in rates" can be ahead where
 * "Tuesday's slide in rates" cannot. Lower case, one word each.
 */

/**
 * Moves only a market makes in news copy ("Monday's selloff", "Friday's slide"): no crowd or team
 * makes them, so they need no market word beside them.
 */
export const MARKET_ONLY_MOVES: readonly string[] = [
  'selloff',
  'sell-off',
  'slide',
  'slump',
  'rout',
];

/**
 * Moves a market makes and a crowd or a team too ("Friday's rally in Washington", "Saturday's
 * gains on the field"), which tell a market's move only with a market word or on a weekday.
 */
export const CROWD_OR_MARKET_MOVES: readonly string[] = [
  'rally',
  'surge',
  'jump',
  'drop',
  'decline',
  'fall',
  'gains',
  'losses',
];

/**
 * A pattern source of the words given, as one group of alternatives.
 *
 * @example movesSource(['rally', 'slide']) // '(?:rally|slide)'
 */
export function movesSource(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
