import { FEAST_SEASON_SOURCE } from './feastSeason.ts';

// A feast's season, then a present that tells it ended: "season is over", "season is now behind
// us", "season is done", "seasons are past". Its past ("was over") is read by the tense already.
const SEASON_OVER_AFTER = new RegExp(
  String.raw`^\s+${FEAST_SEASON_SOURCE}s?\s+(?:is|are|['’]s)\s+(?:now\s+|finally\s+|officially\s+|well\s+)?` +
    String.raw`(?:over|done|past|finished|behind\s+(?:us|them|it|the\s+\w+))\b`,
  'i',
);

/**
 * Whether the words after a feast (`after`) tell its season ended, in the present: "The Christmas
 * season is over, and the discounting continues", said on 9 January 1990, is of the Christmas just
 * gone, 1989-12-25, not of the coming one that the present looked ahead to. Not a season still to
 * come or under way ("The Christmas season is off to a slow start").
 *
 * @example seasonOver(' season is over, and the discounting continues.') // true
 */
export function seasonOver(after: string): boolean {
  return SEASON_OVER_AFTER.test(after);
}
