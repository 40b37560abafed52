// Verbs of a deed begun, done or brought out, which no report of a quarter's results tells: bare,
// with -s, or as a passive's participle after "be".
const DEED_VERB = String.raw`(?:begin|start|open|launch|ship|complete|finish|resume|introduce|unveil|deliver|build)`;
const DEED_PARTICIPLE = String.raw`(?:begun|started|opened|launched|shipped|completed|finished|resumed|introduced|unveiled|delivered|built)`;

// "will begin production in", "expects to complete the sale by", "is to be completed during":
// a modal or an infinitive's "to" before the verb, up to six words of its object, then the
// preposition right before the quarter.
const DEED_AHEAD_BEFORE = new RegExp(
  String.raw`\b(?:will|would|shall|to)\s+(?:${DEED_VERB}(?:ning|ing)?|be\s+${DEED_PARTICIPLE})\b(?:\s+(?!(?:results|earnings|profits?|losses|sales)\b)[\w'’$.-]+){0,6}?\s+(?:in|by|during)\s+$`,
  'i',
);

/**
 * Whether a quarter named without a year, starting at `start`, is when a deed told ahead is to
 * be begun or done ("The new plant will begin production in the third quarter", "The company
 * expects to complete the sale by the first quarter", said on 2 November 1989): such a quarter is
 * never the one just ended, whose results are still to be reported, but the next such (1990-Q3).
 * A quarter after a verb of results ("will take a charge in the third quarter", "will report a
 * loss in the third quarter") is left to the quarter just ended, as is a deed's object that names
 * results ("will begin reporting results in the third quarter").
 *
 * @example isDeedAheadInQuarter('The plant will begin production in the third quarter.', 35) // true
 */
export function isDeedAheadInQuarter(text: string, start: number): boolean {
  return DEED_AHEAD_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}
