import { CROWD_OR_MARKET_MOVES, MARKET_ONLY_MOVES } from './marketMove.ts';

// What a date owns ("Wednesday's rally", "October's gains"): one to three lower-case words after
// the possessive, the noun last.
const OWNED_NOUN = String.raw`['’]s\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z][a-z-]*)`;
// A modal, or the "to" of "expect … to continue", with a hedge or a negation between.
const AHEAD_WORD = String.raw`will|would|could|might|may|can|should|won['’]t|to`;
const HEDGE = 'not|also|still|probably|likely|soon|quickly|fully';
const AHEAD = String.raw`\s+(?:(?:${AHEAD_WORD})\s+)(?:(?:${HEDGE})\s+)?`;
// Verbs that take up what is already there: it goes on, or is won back or undone. Only what
// exists can continue or be recouped, so the date's thing has happened, but only when that thing
// is a move of prices or figures, which cannot be planned: "Saturday's festival will continue on
// Sunday", "Tuesday's session will be extended", "Saturday's storm will persist" are told of
// things still to come, and so are "will last", "will hold", "will stick" of a plan ("Saturday's
// truce will hold", said on a Thursday, may be a truce still to come).
const GOES_ON = [
  'continue',
  'persist',
  'extend',
  'carry\\s+over',
  'spill\\s+over',
  'be\\s+(?:recouped|reversed|erased|recovered|made\\s+up|pared|sustained|extended|undone)',
  'hold',
  'last',
  'stick',
].join('|');
// Moves of prices or figures. Markets are shut at weekends, so a Saturday's or a Sunday's "rally"
// or "losses" are a crowd's or a team's, not a market's (see continuedDayEvent). The shared words
// of a market's move (marketMove), and on purpose beside them the moves that can go on or be won
// back ("recovery", "rebound", "bounce", "advance", "rise", "gain", "loss"); not dayEventAwaited's
// "plunge" and "crash", nor an outcome ("win"), which no test tells going on.
const MOVE_NOUNS = new Set([
  ...MARKET_ONLY_MOVES,
  ...CROWD_OR_MARKET_MOVES,
  'recovery',
  'rebound',
  'bounce',
  'advance',
  'rise',
  'gain',
  'loss',
]);
// The verb stands intransitive: after it the sentence ends or a time or a condition follows
// ("will continue into Friday"). "Wednesday's meeting will continue talks" has an object, and
// the meeting may be one to come.
const TIME_OR_CONDITION = [
  'into|through|for|until|in|on|after|beyond',
  'today|tomorrow|next|this',
  'when|as|once|if|unless',
  'soon|quickly|fully|eventually',
].join('|');
const INTRANSITIVE_END = String.raw`(?=\s*(?:[.,;:!?"”)]|$)|\s+(?:${TIME_OR_CONDITION})\b)`;
const CONTINUED = new RegExp(String.raw`^${OWNED_NOUN}${AHEAD}(?:${GOES_ON})${INTRANSITIVE_END}`);
// chrono's weekdays: Sunday is 0, Saturday 6.
const WEEKEND = new Set([0, 6]);

/**
 * Whether the words right after a date (`after`) give it a move of prices or figures that is told
 * to go on or to be won back: "Traders hope Wednesday's rally will continue", "Investors expect
 * Monday's losses to be recouped", "Tuesday's gains will hold". The modal looks ahead, but what it
 * looks ahead for is the date's move going on, so the date itself is gone by. Any other thing
 * ("Saturday's festival will continue on Sunday", "Saturday's truce will hold") may be one still
 * to come, and a verb with an object ("Wednesday's meeting will continue talks") says nothing of
 * it. A weekend day (`weekday`, chrono's: Sunday 0, Saturday 6) has no market moves, so
 * "Saturday's rally will continue until dawn" is a crowd's rally, still ahead.
 *
 * @example continuedDayEvent("'s rally will continue.") // true
 */
export function continuedDayEvent(after: string, weekday?: number | null): boolean {
  if (weekday !== undefined && weekday !== null && WEEKEND.has(weekday)) return false;
  const match = CONTINUED.exec(after);
  return match !== null && MOVE_NOUNS.has(match[1]!);
}
