import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { SEASON_PATTERN } from './seasonNames.ts';

// "looking ahead to" or "looking forward to" in the present progressive ("is looking ahead to",
// "are already looking forward to", "we're looking forward to"), or opening the sentence
// ("Looking ahead to"); not told in the past ("were looking forward to", "had been looking ahead
// to", "looked forward to"). Then what is looked to, up to five words with no comma and no word
// that opens a clause or a cause ("the Oscars in", "the election in"), or none.
const LOOKING_AHEAD_TO = new RegExp(
  String.raw`(?:^\s*|\b(?:is|are|am|['’](?:re|s|m))\s+(?:(?:already|now|still|also|very\s+much|keenly)\s+)?)looking\s+(?:ahead|forward)\s+to(?:\s+(?!(?:who|which|that|what|when|after|since|because|than|from)\b)[A-Za-z'’-]+){0,5}?\s*$`,
  'i',
);
// A season, a month or a feast with no year and no "last", "next" or "this", which say their
// own; the news reading keeps a preposition in the mention ("in March").
const BARE_TIME = new RegExp(
  String.raw`^(?:(?:in|at|on|over|during)\s+)?(?:the\s+)?(?:${SEASON_PATTERN}\b|${MONTH_WORD_SOURCE}|Christmas|Easter|Thanksgiving|Halloween)$`,
  'i',
);

/**
 * Whether the words before a bare season, month or feast look ahead to it in the present: "The
 * studio is looking ahead to the Oscars in March", said in January, is this March (`2026-03`);
 * "Hoteliers are looking ahead to the summer", said in February, this summer; "Retailers are
 * looking forward to Christmas", said in November, this Christmas. What one looks ahead to is
 * still to come, where the sentence's present read the one gone by. Leaves the look told in the
 * past ("Fans were looking forward to the summer", "had been looking ahead to March"), looking
 * back ("looked back to March"), what is looked to when a clause or a cause stands between ("is
 * looking forward to what happened in March"), and a time with a year or "last", "next" or "this".
 *
 * @example lookingAheadTo('The studio is looking ahead to the Oscars in ', 'March') // true
 */
export function lookingAheadTo(before: string, mention: string): boolean {
  return BARE_TIME.test(mention.trim()) && LOOKING_AHEAD_TO.test(before);
}
