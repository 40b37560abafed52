// The verbs of getting ready for a day, in the perfect's participle: leave cancelled, trains
// added, staff hired, rooms booked, buses laid on, shelves stocked up, hours extended. Not blame,
// apology or a penalty ("has apologised for", "has been fined for"), nor work done on the day
// ("have worked overtime for").
const PREPARING_VERB =
  '(?:cancell?ed|added|hired|recruited|booked|reserved|ordered|bought|stocked(?:\\s+up)?|laid\\s+on|put\\s+on|drafted\\s+in|brought\\s+in|taken\\s+on|lined\\s+up|set\\s+aside|prepared|planned|scheduled|arranged|organi[sz]ed|extended|increased|doubled|boosted|stepped\\s+up|ramped\\s+up|made\\s+(?:plans|arrangements|preparations)|drawn\\s+up|geared\\s+up|got\\s+ready)';

// "have cancelled all leave for", "has booked extra trains for the", "have already made plans
// for": a present perfect of getting ready, its object, then "for" right before the time. The
// object is short and stays in the clause (a number's comma or point aside: "40,000 workers").
const PERFECT_FOR_BEFORE = new RegExp(
  `\\b(?:has|have|[’']ve)\\s+(?:(?:already|now|just|also)\\s+)?${PREPARING_VERB}\\b(?:[^.!?;:,]|[.,](?=\\d)){0,40}\\bfor\\s+(?:the\\s+)?$`,
  'i',
);

// "…for Christmas every year since 2019", "…for New Year's Eve each year": a habit, no one day.
const HABIT_AFTER =
  /^[^.!?;]*?\b(?:every|each)\s+(?:year|Christmas|December|winter)\b|^[^.!?;]*?\b(?:annually|since\s+\d{4}|for\s+years)\b/i;

/**
 * Whether the time at [start, end) is what a present perfect of getting ready was done for
 * ("Police have cancelled all leave for New Year's Eve", "Rail firms have added trains for
 * Christmas"): a plan made up to now for a time that may be the coming one or the one gone by, so
 * the perfect's past tense does not say which. Not a simple past ("Police cancelled all leave for
 * New Year's Eve"), nor "since", nor a perfect of blame or penalty ("The council has apologised
 * for the Christmas Day bin collection fiasco"), nor a habit ("…for Christmas every year").
 */
export function perfectOfPlanFor(text: string, start: number, end: number): boolean {
  return (
    PERFECT_FOR_BEFORE.test(text.slice(Math.max(0, start - 90), start)) &&
    !HABIT_AFTER.test(text.slice(end))
  );
}
