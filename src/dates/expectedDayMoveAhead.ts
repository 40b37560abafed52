// The day's possessive, then a word that tells the event as one still awaited: "Thursday's
// expected rise", "Friday's scheduled auction", "Monday's planned cut".
const OWNED_AWAITED = String.raw`^['’]s\s+(?:widely\s+|long[\s-]+)?(?:expected|anticipated|awaited|scheduled|planned|forecast|predicted)\s+`;
// A verb in the past ("was canceled", "came", "failed") tells of an event the sentence looks back
// on, and a "because", "since" or "but" opens another clause, whose verb is not the event's.
const NOT_EVENT_WORD = String.raw`(?:was|were|had|did|came|went|never|failed|because|since|although|though|but)\b`;
// What it is (up to eight words: "rise in interest rates", "cut in the discount rate"), no
// comma, colon or stop among them, nor a word of NOT_EVENT_WORD, then a verb in the present or of
// what may come; not a "has already", which tells of the event done ("has already been matched").
const AHEAD = String.raw`(?:(?!${NOT_EVENT_WORD})[\w$%/-]+\s+){1,8}?(?:will|would|could|should|may|might|is|are|(?:has|have)(?!\s+already\b)|looms?|threatens?|weighs?|hangs?)\b`;
const EXPECTED_AHEAD = new RegExp(OWNED_AWAITED + AHEAD, 'i');

/**
 * Whether the words right after a weekday (`after`, from its possessive on) tell of an event the
 * day owns as one awaited, "expected", "scheduled" or "planned", in a clause told in the present
 * or of what may come: "Thursday's expected rise in interest rates is likely to hurt stocks",
 * said on Wednesday 15 November 1989, is the coming Thursday, as is "Wednesday's expected rise in
 * producer prices could unsettle the bond market", where a market's rise told with what it could
 * do was read as one gone by. Not one the sentence tells in the past ("Thursday's expected rise
 * in rates never came", "Monday's scheduled meeting was canceled because the chairman is
 * ill"), nor a day with no such word ("Thursday's rise in rates could hurt").
 *
 * @example expectedDayMoveAhead("'s expected rise in interest rates is likely to hurt stocks.") // true
 */
export function expectedDayMoveAhead(after: string): boolean {
  return EXPECTED_AHEAD.test(after);
}
