import { CHANGE_VERB } from './changeVerb.ts';

// "crude for February delivery", "for delivery in March", "the March futures contract",
// "February crude futures", "Corn futures for December": the month a futures contract is for,
// traded before it comes, so the coming such month (this one if it is now), whatever the tense
// of the price move around it ("fell", "rose"). Not "contracts" alone ("signed its January
// contracts" is a deal of that month), nor a month a preposition takes as a time ("In January
// futures volumes hit a record"), nor a possessive's month ("its January futures").
const CONTRACT_AFTER = /^\s+(?:delivery|(?:[a-z]+\s+)?futures|options)\b/i;
// "December crude fell 62 cents", "March gold rose", "the May wheat contract": a traded
// commodity right after the month is that month's contract, as the dealing desks write it, when
// the commodity ends its phrase: a price move ("fell", "settled"), "futures", "contract" or a
// mark follows it. Another noun after it makes the month a month of something else: its figures
// ("China's December crude imports", "September copper output"), which are the month gone by, or
// a thing named by the commodity ("the June gold medal", "the March gold rush", "the December
// corn harvest", "December natural gas bills", "the March silver rally").
const COMMODITY_AFTER = new RegExp(
  `^\\s+(?:(?:Brent|WTI|U\\.S\\.)\\s+)?(?:crude|heating\\s+oil|gasoline|natural\\s+gas|gold|silver|copper|platinum|palladium|corn|wheat|soybeans?|soymeal|cotton|sugar|coffee|cocoa|cattle|hogs)(?=\\s*[,;:]|\\s+(?:futures|contracts?|options|${CHANGE_VERB}|settled|closed|ended|finished|traded|gained|lost|added|shed|slipped|eased|rallied|tumbled|sank|surged|soared|advanced|was|were|is|hit|touched)\\b)`,
  'i',
);
// "the March Brent contract": a benchmark's contract named by its month. Not "contract" alone
// ("the January contract, which raised wages" is a deal), nor "contract" without "the" before the
// month ("a January contract with the union").
const THE_CONTRACT = /^\s+(?:Brent|WTI|benchmark|front-month)\s+contract\b/i;
// "The April contract fell 2%", "The April gas contract traded at 80p a therm", "the front-month
// November contract rose 3%": a contract named by its month whose price moves, by a figure, to or
// at a level, or higher or lower, is traded, where a deal has no price ("the January contract,
// which raised wages 4%", "The September contract expires at midnight"). At most a word of the
// market between. A verb that may tell a deal's end too ("settled", "closed", "ended",
// "finished") needs a figure or "higher" or "lower" after it ("The June contract ended at
// midnight" is a deal's).
const MOVE_VERB =
  'rose|fell|slid|dropped|climbed|jumped|declined|traded|gained|lost|added|shed|slipped|eased|rallied|tumbled|sank|surged|soared|advanced|edged';
const MOVES =
  `(?:${MOVE_VERB}|was\\s+(?:up|down))` +
  '\\s+(?:[$£€]?\\d|to\\b|at\\b|by\\b|higher\\b|lower\\b|up\\b|down\\b)';
const ENDS_AT_PRICE =
  '(?:settled|closed|ended|finished)\\s+(?:(?:(?:at|to|up|down|by)\\s+)?[$£€]?\\d|higher\\b|lower\\b)';
const THE_CONTRACT_MOVES = new RegExp(
  String.raw`^\s+(?:(?:Brent|WTI|benchmark|gas|power|oil|crude|coal|carbon|electricity|bond|note|stock-index)\s+)?contracts?\s+` +
    `(?:${MOVES}|${ENDS_AT_PRICE})`,
  'i',
);
// "The December contract for gold settled at $377.80", "The June contract for Treasury bonds fell
// 13/32", "The October contract for live cattle expires today": "the" and a month before a
// contract for a traded commodity, as the futures pages write it, with a move of its price, its
// settling or its coming expiry after it. Not a contract for anything else ("the January contract
// for nurses", a deal), nor "a" before the month, nor a deal to buy the commodity ("canceled the
// March contract for sugar it had signed with Cuba"), nor one that "expired" (said in January,
// "The December contract for gold expired last week" is the December gone by).
const THE_CONTRACT_FOR = new RegExp(
  String.raw`^\s+contracts?\s+for\s+(?:live\s+|feeder\s+|crude\s+|Treasury\s+|U\.S\.\s+)?` +
    String.raw`(?:oil|heating\s+oil|gasoline|natural\s+gas|gold|silver|copper|platinum|palladium|corn|wheat|oats|soybeans?(?:\s+(?:oil|meal))?|soymeal|cotton|sugar|coffee|cocoa|cattle|hogs|pork\s+bellies|orange\s+juice|lumber|bonds?|notes|bills|Eurodollars?)\b` +
    String.raw`\s+(?:${MOVE_VERB}|settled|closed|ended|finished|opened|expires|expiring|will\s+expire|(?:was|were)\s+(?:up|down|off|unchanged))\b`,
  'i',
);
const THE_BEFORE = /\bthe\s+(?:front-month\s+|benchmark\s+)?$/i;
const DELIVERY_BEFORE = /\bdelivery\s+in\s+$|\b(?:futures|contracts?)\s+for\s+$/i;
const TIME_OR_OWNER_BEFORE =
  /(?:\b(?:in|during|since|until|till|through|throughout|by|from|before|after|over|its|their|his|her|our|my|your)|['’]s?)\s+$/i;

/**
 * Whether the month named between `before` and `after` (the text either side of it, some 20
 * characters before, some 40 after) is the month of a futures contract.
 */
export function isContractMonth(before: string, after: string): boolean {
  if (DELIVERY_BEFORE.test(before)) return true;
  if (TIME_OR_OWNER_BEFORE.test(before)) return false;
  if (CONTRACT_AFTER.test(after) || COMMODITY_AFTER.test(after)) return true;
  return (
    THE_BEFORE.test(before) &&
    (THE_CONTRACT.test(after) || THE_CONTRACT_MOVES.test(after) || THE_CONTRACT_FOR.test(after))
  );
}
