// "has been jailed for the", "have been convicted for", "was fined over the", "has apologised
// for": a penalty, a verdict or blame for a deed, then "for" or "over" right before the time.
const PENALTY_FOR_BEFORE =
  /\b(?:jailed|imprisoned|sentenced|convicted|fined|sued|punished|prosecuted|disciplined|sacked|censured|condemned|blamed|critici[sz]ed|apologi[sz]ed|acquitted|compensated)\s+(?:for|over)\s+(?:the\s+)?$/i;

/**
 * Whether the time at `start` is when a deed was done that someone is punished, judged or blamed
 * for ("A man has been jailed for the Christmas Eve stabbing", "The airline has been fined for the
 * Christmas Day meltdown", "The council has apologised for the Christmas Day bin collection
 * fiasco"): that deed is gone by, whatever the tense of the sentence.
 */
export function penaltyFor(text: string, start: number): boolean {
  return PENALTY_FOR_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
