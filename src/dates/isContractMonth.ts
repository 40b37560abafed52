// "crude for February delivery", "for delivery in March", "the March futures contract",
// "February crude futures", "Corn futures for December": the month a futures contract is for,
// traded before it comes, so the coming such month (this one if it is now), whatever the tense
// of the price move around it ("fell", "rose"). Not "contracts" alone ("signed its January
// contracts" is a deal of that month), nor a month a preposition takes as a time ("In January
// futures volumes hit a record"), nor a possessive's month ("its January futures").
const CONTRACT_AFTER = /^\s+(?:delivery|(?:[a-z]+\s+)?futures|options)\b/i;
const DELIVERY_BEFORE = /\bdelivery\s+in\s+$|\b(?:futures|contracts?)\s+for\s+$/i;
const TIME_OR_OWNER_BEFORE =
  /(?:\b(?:in|during|since|until|till|through|throughout|by|from|before|after|over|its|their|his|her|our|my|your)|['’]s?)\s+$/i;

/**
 * Whether the month named between `before` and `after` (the text either side of it, some 20
 * characters) is the month of a futures contract.
 */
export function isContractMonth(before: string, after: string): boolean {
  if (DELIVERY_BEFORE.test(before)) return true;
  return !TIME_OR_OWNER_BEFORE.test(before) && CONTRACT_AFTER.test(after);
}
