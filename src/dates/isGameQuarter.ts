import { sentenceAround } from './tenseAround.ts';

// The play of a game that has quarters (American football, basketball): a sentence telling it
// names a quarter of the game, not of the year ("threw two touchdowns in the fourth quarter",
// "scored 12 points in the third quarter").
const PLAY =
  /\b(?:touchdowns?|field goals?|yards|interceptions?|fumbled?|fumbles|quarterback|punt(?:s|ed)?|rebounds?|free throws?|(?:three|3)-pointers?|layups?|dunk(?:s|ed)?|buzzer|halftime|overtime|scored|kickoff|end zone|sacked|sacks)\b/i;

/** Whether the quarter at [start, end), named without a year, is a quarter of a game. */
export function isGameQuarter(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return PLAY.test(before) || PLAY.test(after);
}
