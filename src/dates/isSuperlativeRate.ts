import { CHANGE_NOUN } from './changeNoun.ts';

// A superlative right before the rate word, after an article or a possessive: "its biggest", "the
// sharpest", "their worst", "the fund's biggest", "the most severe", "a record". Nouns in "-est"
// ("interest", "the harvest", "a protest") are no superlatives.
const SUPERLATIVE_BEFORE =
  /(?:\b(?:the|its|their|his|her|our|a)|\b[a-z]+['’]s)\s+(?:(?!(?:interest|harvest|protest|request|contest|latest)\b)[a-z]+est|best|worst|most\s+[a-z]+|least\s+[a-z]+|record)\s+$/i;
// A figure the superlative ranks: its move, or a period's showing ("performance", "profit").
const FIGURE_AFTER = new RegExp(
  `^\\s+(?:${CHANGE_NOUN}|performances?|profits?|showings?|returns?|outflows?|inflows?)\\b`,
  'i',
);

/**
 * Whether the rate word at [start, end) ranks one period's figure against others rather than
 * telling a recurrence: "its biggest monthly loss since November", "its best weekly gain since
 * July", "the steepest daily drop in three years", "their worst monthly performance since 2008"
 * compare months, weeks or days and name no set of them to mark, as a counted series ("the fourth
 * consecutive monthly decline") does not. Not "a sharp monthly decline" (no superlative), "the
 * largest monthly payment" or "its latest monthly report" (a thing that recurs, not a figure's
 * move), which stay sets.
 *
 * @example isSuperlativeRate('its biggest monthly loss', 12, 19) // true
 */
export function isSuperlativeRate(text: string, start: number, end: number): boolean {
  return (
    SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    FIGURE_AFTER.test(text.slice(end, end + 20))
  );
}
