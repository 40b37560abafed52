// "crude for February delivery", "the March contract", "December futures": the month a futures
// contract is for, traded before it comes, so the coming such month (this one if it is now),
// whatever the tense of the price move around it ("fell", "rose").
const CONTRACT_AFTER = /^\s+(?:delivery|contracts?|futures|options)\b/i;

/** Whether the month named just before `after` is the month of a futures contract. */
export function isContractMonth(after: string): boolean {
  return CONTRACT_AFTER.test(after);
}
