// What a date owns ("Wednesday's rally", "October's gains"): one to three lower-case words after
// the possessive, the noun last.
const OWNED_NOUN = String.raw`['’]s\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z][a-z-]*)`;
// A modal, or the "to" of "expect … to continue", with a hedge or a negation between.
const AHEAD = String.raw`\s+(?:(?:will|would|could|might|may|can|should|won['’]t|to)\s+)(?:(?:not|also|still|probably|likely|soon|quickly|fully)\s+)?`;
// Verbs that take up what is already there: it goes on, or is won back or undone. Only what
// exists can continue or be recouped, so the date's thing has happened.
const GOES_ON = [
  'continue',
  'persist',
  'extend',
  'carry\\s+over',
  'spill\\s+over',
  'be\\s+(?:recouped|reversed|erased|recovered|made\\s+up|pared|sustained|extended|undone)',
].join('|');
// "will last", "will hold", "will stick" say as much of a plan ("Saturday's truce will hold",
// said on a Thursday, may be a truce still to come): only after a move of prices or figures,
// which cannot be planned, do they look back at the move.
const HOLDS = 'hold|last|stick';
const MOVE_NOUNS = new Set([
  'rally',
  'rebound',
  'recovery',
  'advance',
  'gain',
  'gains',
  'rise',
  'surge',
  'jump',
  'bounce',
  'loss',
  'losses',
  'decline',
  'drop',
  'fall',
  'slide',
  'selloff',
  'sell-off',
  'slump',
  'rout',
]);
// The verb stands intransitive: after it the sentence ends or a time or a condition follows
// ("will continue into Friday"). "Wednesday's meeting will continue talks" has an object, and
// the meeting may be one to come.
const INTRANSITIVE_END = String.raw`(?=\s*(?:[.,;:!?"”)]|$)|\s+(?:into|through|for|until|in|on|after|beyond|today|tomorrow|next|this|when|as|once|if|unless|soon|quickly|fully|eventually)\b)`;
const CONTINUED = new RegExp(
  String.raw`^${OWNED_NOUN}${AHEAD}(?:(${GOES_ON})|(${HOLDS}))${INTRANSITIVE_END}`,
);

/**
 * Whether the words right after a date (`after`) give it a thing that is told to go on or to be
 * won back: "Traders hope Wednesday's rally will continue", "Investors expect Monday's losses to
 * be recouped". The modal looks ahead, but what it looks ahead for is the date's thing going on,
 * so the date itself is gone by. "last", "hold" and "stick" count only after a move of prices
 * ("Tuesday's gains will hold"); "Saturday's truce will hold" and a verb with an object
 * ("Wednesday's meeting will continue talks") say nothing of it.
 *
 * @example continuedDayEvent("'s rally will continue.") // true
 */
export function continuedDayEvent(after: string): boolean {
  const match = CONTINUED.exec(after);
  if (!match) return false;
  return match[2] !== undefined || (match[3] !== undefined && MOVE_NOUNS.has(match[1]!));
}
