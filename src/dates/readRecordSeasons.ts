import type { Pass, Reading } from './Reading.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';
import { seasonByTense } from './seasonByTense.ts';
import { SEASON_CODES, SEASON_PATTERN } from './seasonNames.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { tenseAround } from './tenseAround.ts';

// "the wettest winter", "its driest spring", "their best summer", "Britain's second-sunniest
// summer", "the most severe winter", "the worst summer": an owner or "the", a superlative (a rank before it allowed), the
// season. Only the season word is the extent; the superlative ranks it and places nothing.
const RECORD_SEASON = new RegExp(
  `\\b(?:the|its|their|our|[A-Z][\\w.]*['’]s|the\\s+[a-z]+['’]s)\\s+(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[-\\s])?([a-z]{2,}est|best|worst|(?:most|least)\\s+[a-z]+)\\s+(${SEASON_PATTERN})\\b(?![-'’])`,
  'gi',
);

// "fall" and "spring" have other senses a superlative ranks ("their biggest fall since 2008", "its
// sharpest fall in a month", "the nearest spring"): those two are read only after a superlative of
// weather or of timing ("the warmest fall on record", "the earliest spring").
const OTHER_SENSE_SEASON = /^(?:fall|spring)$/i;
// An owner's spring ranked by its trade ("Home sales had their strongest spring since 2006", "the
// club's worst spring in a decade") is the season too: an owner has no coil or well so ranked.
const TRADE_SUPERLATIVE = /^(?:best|worst|busiest|strongest|weakest|quietest|slowest)$/i;
const OWNER = /^(?:its|their|our|[A-Z][\w.]*['’]s|the\s+[a-z]+['’]s)\s/i;
// …and set against other years ("since 2006", "in a decade", "on record", "ever"): a resort's
// best spring or a mattress's strongest spring, with no such span, is a well or a coil ("The
// resort's best spring lies at the foot of the hill").
const SPAN_AFTER =
  /^\s+(?:since\b|in\s+(?:a|an|the|years|decades|\d+|over|more|nearly|almost)\b|on\s+record\b|ever\b|for\s+(?:a|an|years|decades|\d+)\b)/i;
const WEATHER_OR_TIMING_SUPERLATIVE =
  /^(?:warm|cold|hott|cool|mild|wett|dri|snowi|raini|sunni|stormi|windi|chilli|dull|cloudi|foggi|earli|lat)est$/i;

// "the hottest summer day", "the coldest winter nights", "the hardest winter of his life": a day
// or a night of the season ranked, or a season of something else, not the season itself.
const DAY_OR_NIGHT_OR_OF = /^\s+(?:(?:day|night|morning|afternoon|evening|weekend)s?|of)\b/i;

const YEAR = /\b(?:1[89]|20)\d{2}\b/g;

/**
 * Whether the sentence names a year the season may be, not only one it is ranked against: a year
 * before the season ("2003 saw the hottest summer on record") or after it with no "since" between
 * ("the hottest summer on record, in 2022"). "since records began in 1850" is the record's start.
 */
function yearPlacesSeason(text: string, start: number, end: number): boolean {
  const from = sentenceStartAt(text, start);
  const sentence = sentenceAt(text, start, end);
  for (const y of sentence.matchAll(YEAR)) {
    const at = from + y.index;
    if (at < start) return true;
    if (!/\bsince\b/i.test(text.slice(end, at))) return true;
  }
  return false;
}

/**
 * "It was the wettest winter since records began", "The UK had its driest spring for 50 years",
 * "This has been the hottest summer on record": a season ranked by a superlative is the season by
 * tense, as "the summer" is (the last one gone by in the past, the current or coming one ahead), in
 * both readings. Not a season "of" something ("the hardest winter of his life"), a day or a night
 * of it ("the coldest winter night", "the hottest summer day", DAY_OR_NIGHT_OR_OF), a kind of thing
 * after it ("the warmest winter coat", `isSeasonBeforeNoun`), the plural ("the hottest summers"),
 * "fall" or "spring" after a superlative of neither weather nor timing ("their biggest fall since
 * 2008", OTHER_SENSE_SEASON; an owner's spring ranked by trade is read: "Home sales had their
 * strongest spring since 2006"), nor a season a year in its sentence may place ("2003 saw the
 * hottest summer on record", "the hottest summer on record, in 2022").
 */
export const readRecordSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(RECORD_SEASON)) {
    const end = m.index + m[0].length;
    const start = end - m[2]!.length;
    if (DAY_OR_NIGHT_OR_OF.test(text.slice(end)) || isSeasonBeforeNoun(text, end)) continue;
    if (yearPlacesSeason(text, m.index, end)) continue;
    if (
      OTHER_SENSE_SEASON.test(m[2]!) &&
      !WEATHER_OR_TIMING_SUPERLATIVE.test(m[1]!) &&
      !(
        /^spring$/i.test(m[2]!) &&
        TRADE_SUPERLATIVE.test(m[1]!) &&
        OWNER.test(m[0]) &&
        SPAN_AFTER.test(text.slice(end))
      )
    )
      continue;
    const value = seasonByTense(
      SEASON_CODES[m[2]!.toLowerCase()]!,
      published,
      tenseAround(text, start, end),
      undefined,
    );
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
