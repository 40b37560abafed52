// What the shops sell, send and discount in a feast's run-up, named after the feast: "Christmas
// delivery", "Black Friday deals", "Christmas shoppers", "the Boxing Day sales", "Christmas gifts",
// "last posting dates". Up to one word between ("Christmas gift cards", "Black Friday online
// deals").
const RUN_UP_NOUN_AFTER =
  /^\s+(?:[a-z][\w-]*\s+)?(?:deals?|sales|shopping|shoppers|spending|deliver(?:y|ies)|orders?|gifts?|presents|post|posting|parcels?|discounts?|offers?|promotions?|bargains|doorbusters?|markdowns?|trading|adverts?|ads|advertising)\b/;
// "in time for Christmas", "ahead of Black Friday", "last posting date for Christmas", "delivery
// before Christmas": an order, a delivery or a day of posting set by the feast, or something got
// ready in time for it.
const RUN_UP_BEFORE =
  /\b(?:in\s+time\s+for|ahead\s+of|(?:deliver(?:y|ies|ed)?|arrive|orders?|order(?:ed)?|post(?:ing|ed)?|posting\s+dates?|ship(?:ping|ped)?|dispatch(?:ed)?|cut-?offs?)\s+(?:(?:in\s+time\s+)?(?:for|before|by)))\s+(?:the\s+)?$/i;

/**
 * Whether a feast is named as the run-up of its shopping ("Shipping cutoffs for Christmas delivery
 * are as early as Dec. 15", "Black Friday deals are already here", "Royal Mail's last posting date
 * for Christmas is 18 December", "Orders must be placed by Dec. 18 to arrive for Christmas"): told
 * in the present, such copy runs before the feast and just after it, so the feast is the nearer of
 * the last and the next, however far ahead (six weeks of deals and posting dates), not the last
 * one, as a present with no cue would read it. The caller asks this only of a sentence that tells
 * no tense: "Christmas sales rose 4%", said in January, keeps the last Christmas by its past.
 *
 * @example feastRunUp('Black Friday deals are here', 0, 12) // true
 */
export function feastRunUp(text: string, start: number, end: number): boolean {
  return (
    RUN_UP_NOUN_AFTER.test(text.slice(end, end + 40)) ||
    RUN_UP_BEFORE.test(text.slice(Math.max(0, start - 60), start))
  );
}
