// A verb or noun of paying, then a sum of money, right before the rate's unit: "costs $30",
// "pay £9.99", "a fee of €12", "earn 40 dollars", "for 99p". Not a level a price reaches ("Shares
// rose to $40 a month after the listing" is a count from the listing), nor a price a thing is sold,
// bought or valued at ("The house sold for $500,000 a year after it was listed", "was valued at
// only $2 million a year after its founding"): "for" only where no such verb stands in the three
// words before it ("bought the stock for $30 a week before the crash").
const PAID_BEFORE =
  /\b(?:costs?|costing|pays?|paying|paid|charges?|charging|charged|earns?|earning|earned|bills?|billed|billing|priced\s+at|fees?\s+of|rent\s+of|(?<!\b(?:sold|sells?|selling|bought|buys?|buying|traded|trading|fetched|went|auctioned|purchased|acquired|valued)\s+(?:[\w'’-]+\s+){0,3})for)\s+(?:(?:about|around|roughly|nearly|almost|up\s+to|from|an\s+extra|extra|just|only)\s+)?(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?|\d[\d,.]*\s?(?:dollars?|euros?|pounds?|cents?|pence|p))\s+$/i;
// The rate's unit and the word that would count from another time: "a month after", "per week
// before".
const RATE_UNIT_AT = /^(?:a|an|per)\s+(day|week|month|year)\s+(?:before|after)\b/i;

/**
 * Whether the words at `at` are the unit of a price ("The plan costs $30 a month after a
 * three-month introductory period", "Subscribers pay £10 a month after the first year", "Workers
 * earn $500 a week before tax"): what is paid in each month, no count of a month from another
 * time, so no date in either reading. Not a count after anything but a sum paid ("A month after
 * the launch, sales slumped", "Shares rose to $40 a month after the listing", "3 percent a year
 * after June 2020", which yearlyRateAt reads).
 *
 * @example paidPerUnitAt('Subscribers pay £10 a month after the first year.', 20) // true
 */
export function paidPerUnitAt(text: string, at: number): boolean {
  return (
    RATE_UNIT_AT.test(text.slice(at, at + 20)) &&
    PAID_BEFORE.test(text.slice(Math.max(0, at - 48), at))
  );
}
