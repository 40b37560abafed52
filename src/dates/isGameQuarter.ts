import { sentenceAt } from './sentenceEnds.ts';

// Words of a game's play: points scored ("scored 12 of his 30 points", not "rose 3 points"),
// touchdowns, field goals, baskets, rebounds, a lead or a deficit ("led 21-7", "trailed by 10"),
// or the game itself, and as broadcast sports copy tells it, a lead taken for good ("took the lead
// for good", "never gave it up"; not a lead alone, which a company or a party takes too: "Compaq
// took the lead from IBM", "Democrats took the lead in the third quarter"), the score at the half
// ("up by seven at the half"), a run to the end zone ("ran it in") and a lead or a deficit in
// words where a score would end ("trailed by eleven going into", "leading by seven at", not "led
// by four drug makers").
// A bare "7-2" may be a vote ("voted 7-2"), and "up by 5" a rise.
const GAME_WORD =
  /\b(?:scor(?:ed|ing|es)\b.*\bpoints|took\s+the\s+lead\s+for\s+good|never\s+(?:gave\s+it\s+up|trailed)|at\s+the\s+half|ran\s+it\s+in|touchdowns?|field\s+goals?|(?:three|3)-pointers?|baskets?|rebounds?|interceptions?|fumbles?|quarterback|halftime|half-time|outscored|(?:led|trailed|leading|trailing)\s+(?:by\s+(?:\d+|(?:ten|three|four|five|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|(?:twenty|thirty)(?:[-\s]\w+)?)(?=\s+(?:at|in|with|going|after|before|points?)\b|\s*[.,;:]))|\d{1,3}-\d{1,3}(?![\d-]))|of\s+(?:the|[A-Z]\w*['’]s)\s+(?:game|match|contest))\b/i;
// Words of a report of business or the economy, whose quarter is the calendar's.
const BUSINESS_WORD =
  /%|\b(?:profits?|revenues?|sales|earnings|economy|GDP|fiscal|percent|per\s+cent|shares?|stocks?|index|Dow|Nasdaq|S&P|company|firm|growth|inflation|quarterly|results)\b/i;

/**
 * Whether the ordinal quarter at `start`..`end` is a quarter of a game, not of the year: its
 * sentence tells of play ("He scored 12 points in the fourth quarter", "The Chiefs led 21-7 in
 * the second quarter") and of no business ("Profits rose in the fourth quarter").
 *
 * @example isGameQuarter('He scored 12 points in the fourth quarter.', 23, 41) // true
 */
export function isGameQuarter(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start, end);
  return GAME_WORD.test(sentence) && !BUSINESS_WORD.test(sentence);
}
