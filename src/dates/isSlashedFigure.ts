// Stock prices and rates in eighths and quarters: "fell 7/8 to 31 3/4", "12 3/4%".
const FRACTION = /^(?:\d+\s)?([1-9]|1[0-5])\/(2|4|8|16|32)$/;
const PRICE_BEFORE =
  /(?:\d\s|\b(?:rose|fell|eased|gained|added|lost|dropped|slipped|climbed|jumped|surged|declined|advanced|up|down|to|at)\s)$/i;

/** Whether "3/8" is a fraction (a price or a rate), not a day and month. */
function isFraction(text: string, start: number, words: string): boolean {
  const m = FRACTION.exec(words);
  if (!m || Number(m[1]) >= Number(m[2])) return false;
  const after = text.slice(start + words.length, start + words.length + 12);
  return (
    PRICE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ||
    /^\s*(?:%|percent|points?)\b|^%/.test(after)
  );
}

// Betting odds: "3/1 to win", "a 5/2 favourite", "odds of 7/2", "priced at 10/1".
const ODDS_NOUN_AFTER = /^\s+(?:joint[\s-]+)?(?:favou?rites?|shots?|outsiders?|chances?)\b/i;
const ODDS_BEFORE = /\b(?:odds\s+of|priced\s+at|backed\s+(?:at|from|in\s+to))\s+$/i;
// "3/1 to win" is odds only after "is" or "at" ("He is 3/1 to win") or in a sentence of betting
// ("Bookmakers make Red Rum 9/2 to win"); "Registration opens 4/1 to win new voters" is a day.
const TO_WIN_AFTER = /^\s+to\s+(?:win|lose|beat|take|finish|claim|lift|score|qualify)\b/i;
const ODDS_VERB_BEFORE = /\b(?:is|are|was|were|at|now)\s+$|['’]s\s+$/i;
const BETTING_WORD =
  /\b(?:odds|favou?rites?|bookmakers?|bookies|bet(?:s|ting)?|punters?|priced|backed|wagers?)\b/i;

// "staffed 24/7", "open 24/7/365": every hour of every day, not the 24th of July, unless a
// preposition that takes a day comes before it ("The vote is on 24/7").
const ROUND_THE_CLOCK = /^24\/7$/;
const DAY_PREPOSITION_BEFORE = /\b(?:on|by|until|till|from|since|before|after)\s+$/i;

/** Whether "24/7" is round the clock ("open 24/7"), not a day and month. */
function isRoundTheClock(text: string, start: number, words: string): boolean {
  return (
    ROUND_THE_CLOCK.test(words) &&
    !DAY_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/** Whether "3/1" is a bookmaker's odds ("3/1 to win", "odds of 7/2"), not a day and month. */
function isOdds(text: string, start: number, words: string): boolean {
  if (!/^\d{1,3}\/\d{1,3}$/.test(words)) return false;
  const end = start + words.length;
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end, end + 100);
  const sentence = `${before.split(/[.!?]\s/).at(-1)} ${after.split(/[.!?](?:\s|$)/)[0]}`;
  return (
    ODDS_NOUN_AFTER.test(after) ||
    ODDS_BEFORE.test(before) ||
    (TO_WIN_AFTER.test(after) && (ODDS_VERB_BEFORE.test(before) || BETTING_WORD.test(sentence)))
  );
}

/**
 * Whether a number with a slash is no day and month: a price's or a rate's fraction ("fell 7/8
 * to 31 3/4"), a bookmaker's odds ("3/1 to win", "odds of 7/2") or round the clock ("open
 * 24/7"). `words` are the mention's, found at `start` in `text`.
 */
export function isSlashedFigure(text: string, start: number, words: string): boolean {
  return (
    isFraction(text, start, words) ||
    isOdds(text, start, words) ||
    isRoundTheClock(text, start, words)
  );
}
