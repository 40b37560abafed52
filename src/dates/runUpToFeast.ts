// "in the run-up to Christmas", "during the build-up to Easter", "the lead-up to Thanksgiving",
// "the countdown to Diwali", "the weeks before Christmas": a stretch told by the feast it leads
// to, right before the feast's name.
const RUN_UP_TO_BEFORE =
  /\b(?:(?:run|build|lead)-?up|countdown)\s+to\s+(?:the\s+)?$|\bthe\s+(?:days|weeks)\s+(?:before|leading\s+up\s+to)\s+$/i;

/**
 * Whether a feast at `start` is named as the end of a run-up to it ("Supermarkets want Sunday
 * trading laws relaxed in the run-up to Christmas", "Shops are hiring staff for the build-up to
 * Easter", "the weeks before Christmas"): the stretch leads to the feast, so told in the present,
 * or with no tense, it is the run-up of the nearer of the last and the coming one, as feastRunUp's
 * shopping is, not always the last one a present would otherwise read ("want" in November is of
 * this December's Christmas; "Sales in the run-up to Christmas are up 5%", said in January, of the
 * one just gone by; "figures for the run-up to Christmas are due on Thursday", too). The caller
 * asks it only of a sentence not in the past and with no future verb before the feast: "Sales rose
 * in the run-up to Christmas", said in January, keeps the Christmas gone by, and "Councils will
 * offer free parking in the run-up to Christmas", said in June, the coming one.
 *
 * @example runUpToFeast('Shops open late in the run-up to Christmas.', 33) // true
 */
export function runUpToFeast(text: string, start: number): boolean {
  return RUN_UP_TO_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
