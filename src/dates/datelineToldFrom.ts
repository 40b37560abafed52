import { sentenceStartAt } from './sentenceEnds.ts';

// A wire's dateline that opens the story: a place in capitals, perhaps its state or country and
// the day, then the agency in brackets and a dash ("NEW YORK (AP) --", "FLINT, Mich. (AP) --",
// "BEIJING, Dec. 20 (Xinhua) --").
const DATELINE =
  /(?:^|\n)\s*[A-Z][A-Z.'’ -]+(?:,[^()\n]{1,40})?\s+\((?:AP|Xinhua|AFP|Reuters|UPI)\)\s*(?:--|—|–)\s*/g;

/**
 * Where the wire's dateline that opens the sentence at `start` ends, the news it leads with told
 * from there ("NEW YORK (AP) -- Telephone workers set up picket lines at midnight Saturday");
 * undefined where no dateline opens that sentence: in "… set up picket lines on Sunday. Their
 * contract runs out at midnight Monday" the second sentence tells of another day.
 *
 * @example datelineToldFrom('NEW YORK (AP) -- Workers walked out at midnight.', 30) // 17
 */
export function datelineToldFrom(text: string, start: number): number | undefined {
  let toldFrom: number | undefined;
  for (const m of text.slice(0, start).matchAll(DATELINE)) toldFrom = m.index + m[0].length;
  if (toldFrom === undefined || sentenceStartAt(text, start) > toldFrom) return undefined;
  return toldFrom;
}
