import { CLAUSE_STOP } from './clauseStop.ts';
import { FEAST_SEASON_SOURCE } from './feastSeason.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { OTHER_YEAR_IN_SENTENCE } from './otherYearInSentence.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A feast's season named right after the feast ("Christmas season", "Christmas selling season"),
// or joined to it by a hyphen ("Christmas-season sales"); or the feast's sales, after it
// ("expected Christmas sales to be weak") or before it ("expected strong sales at Christmas"),
// which are the season's too.
// What joins the season's words to the feast right after it: a space or a hyphen.
const JOINED_AFTER = String.raw`^(?:\s+|-)`;
const SEASON_AFTER = new RegExp(String.raw`${JOINED_AFTER}(?:${FEAST_SEASON_SOURCE}|sales)\b`, 'i');
const SALES_BEFORE = /\b(?:sales|spending|shopping)\s+(?:at|for|over|during)\s+(?:the\s+)?$/i;
// An expectation, forecast, hope or fear of the season, then a few words of its own (an article,
// an adjective, "sales for the"): "expected a strong", "predicted a sluggish", "forecast flat sales
// for the", "were counting on the", "planned to hire 5,000 workers for the", "feared a bleak".
// A "said that" or "warned that" alone is THAT_BEFORE's.
const EXPECTING_BEFORE =
  /\b(?:expect(?:ed|s|ing)?|anticipat(?:ed|es|ing)|predict(?:ed|s|ing)|forecast(?:s|ing)?|project(?:ed|s|ing)|fear(?:ed|s|ing)|hop(?:ed|es|ing)\s+for|counting\s+on|(?:plann?(?:ed|ing)|prepar(?:ed|ing)|gear(?:ed|ing)\s+up|stock(?:ed|ing)\s+up|brac(?:ed|ing))\b[^.;:!?]{0,50}?\bfor)\s+(?:[\w'’$%,-]+\s+){0,4}?$/i;
// Only "warned that" or "said that" before it: the season must itself be forecast after it, its
// verb a modal of what is to come ("the Christmas season could be the weakest since 1982").
const MODAL_AFTER = new RegExp(
  String.raw`${JOINED_AFTER}${FEAST_SEASON_SOURCE}\s+(?:could|would|will|might|may|should)\b`,
  'i',
);
const THAT_BEFORE = /\b(?:warn(?:ed|s|ing)|said|say|says)\s+that\s+(?:[\w'’$%,-]+\s+){0,4}?$/i;
// Another year set before the season ("Last year, retailers said they expected", "In 1988 …"), or
// an expectation told as one held before ("had expected", "had hoped for"): the season is another
// year's, or gone by.
const OTHER_YEAR_BEFORE = new RegExp(
  String.raw`${OTHER_YEAR_IN_SENTENCE.source}|\bhad\s+(?:\w+\s+)?(?:expected|anticipated|predicted|forecast|projected|feared|hoped|been\s+(?:counting|hoping|planning|expecting))\b`,
  'i',
);
// What came of the season, told after it in its sentence: "…for a Christmas season that never
// came", "…that turned out strong", "…a strong Christmas season, but shoppers stayed home": the
// season is one gone by, what was expected set against what came. After "but" a subject of its
// own stands before the past ("but worried about costs" tells no result).
const RESULT_AFTER = new RegExp(
  String.raw`^[^.;!?]*?\b(?:but\s+(?:[\w'’$%,-]+\s+){1,3}?|(?:that|which)\s+(?:never\s+)?)(?:was|were|${IRREGULAR_PAST}|${REGULAR_PAST})\b`,
  'i',
);

// What came of the expectation, told by "and" after the season: "…a sluggish Christmas season, and
// they were right", "…, and it was", "…, and they got one": the season is one gone by, the
// expectation set against it. Not another deed joined by "and" ("…, and they hired 5,000
// workers"), which tells nothing of the season, nor "turned out" as made ("…, and they turned
// out two million dolls"): only what it turned out to be ("it turned out that way", "so").
const MET_AFTER =
  /^[^.;!?]*?,?\s+and\s+(?:they|it|he|she|we)\s+(?:(?:was|were)\s+(?:(?:proved|proven)\s+)?(?:right|wrong|correct)\b|(?:was|were|did)\s*(?:[.;!?]|$)|got\s+(?:one|it)\b|turned\s+out\s+(?:that\s+way|so|to\s+be|right|wrong|[.;!?]|$))/i;

/**
 * Whether a feast's season at `start`–`end`, told in the past, is one expected, forecast, hoped
 * for, feared or prepared for, so looks ahead though its verb is past: "Retailers said they
 * expected a strong Christmas season", said on 13 November 1989, is that year's Christmas, not
 * 1988's, as are "Analysts predicted a sluggish Christmas season", "Merchants said they were
 * counting on the Christmas season" and "Economists warned that the Christmas season could be the
 * weakest since 1982". Not a season told as it went ("Retailers said the Christmas season was the
 * worst since 1982"), nor one whose result is told after it ("Retailers planned for a strong
 * Christmas season, but shoppers stayed home", "Analysts predicted a sluggish Christmas season, and
 * they were right"), nor one with another year before it ("Last year, retailers said they
 * expected a strong Christmas season"), nor an expectation held before ("had expected").
 *
 * @example seasonExpected('They expected a strong Christmas season.', 23, 32) // true
 */
export function seasonExpected(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  const sentenceStart = sentenceStartAt(text, start);
  const before = text.slice(Math.max(sentenceStart, start - 120), start);
  if (!SEASON_AFTER.test(after) && !SALES_BEFORE.test(before)) return false;
  if (OTHER_YEAR_BEFORE.test(text.slice(sentenceStart, start))) return false;
  if (RESULT_AFTER.test(after) || MET_AFTER.test(after)) return false;
  const clause = before.split(CLAUSE_STOP).at(-1) ?? '';
  // An expecting verb of its own wins over a "said that" before it ("Analysts said that retailers
  // expected a strong Christmas season").
  if (EXPECTING_BEFORE.test(clause)) return true;
  return THAT_BEFORE.test(clause) && MODAL_AFTER.test(after);
}
