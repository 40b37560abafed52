import { MONTH_WORD_LOOSE_SOURCE } from './monthNames.ts';

// A percent or an amount a yearly rate is told of: "3 percent", "2.5%", "$400", "$2 billion".
const RATE_AMOUNT_BEFORE = new RegExp(
  String.raw`(?:\b(?:percent|per\s+cent|percentage\s+points?|points?|million|billion|trillion|` +
    String.raw`dollars|euros|pounds)|%|[$€£]\s?\d[\d,.]*)\s+$`,
  'i',
);

// A verb of change the amount is told after: "grew 3 percent", "rose by $400", "fell nearly 2%".
// A level at a time ("was down 30 percent", "stood at 6 percent", "reached 9 percent") is no rate:
// its "a year after June 2021" is a count from the month.
const CHANGE_BEFORE_AMOUNT = new RegExp(
  String.raw`\b(?:grew|grown|grows|rose|risen|rises|climbed|climbs|fell|fallen|falls|increased|` +
    String.raw`increases|declined|declines|gained|gains|dropped|drops|jumped|slipped|slid|shrank|` +
    String.raw`shrunk|advanced|decreased|expanded)(?:\s+by)?(?:\s+[^\s.;:!?]+){1,5}\s+$`,
  'i',
);

// The rate's "a year" and a direction, before a month and its year: "a year after June 2020".
const RATE_YEAR_BEFORE_MONTH = new RegExp(
  String.raw`^(?:a|an|per)\s+year\s+(?:before|after)\s+(?:${MONTH_WORD_LOOSE_SOURCE})\.?\s+\d{4}\b`,
  'i',
);

/**
 * Whether the words at `at` are a yearly rate's "a year" told before a month and its year ("Wages
 * grew 3 percent a year after June 2020"): the year is the rate's unit, no count from the month,
 * which stands alone. Not a count with no percent or amount before it ("The firm was founded a
 * year after June 2021"), nor one after a level with no verb of change ("The shares were down 30
 * percent a year after June 2021").
 *
 * @example yearlyRateAt('Wages grew 3 percent a year after June 2020.', 21) // true
 */
export function yearlyRateAt(text: string, at: number): boolean {
  return (
    RATE_YEAR_BEFORE_MONTH.test(text.slice(at, at + 40)) &&
    RATE_AMOUNT_BEFORE.test(text.slice(Math.max(0, at - 40), at)) &&
    CHANGE_BEFORE_AMOUNT.test(text.slice(Math.max(0, at - 60), at))
  );
}
