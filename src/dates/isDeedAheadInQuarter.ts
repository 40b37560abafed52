import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { REPORTED } from './reportingVerbs.ts';
import { sentenceEnds, sentenceStartAt } from './sentenceEnds.ts';

// Verbs of a deed begun, done or brought out, which no report of a quarter's results tells: bare,
// with -ing, or as a passive's participle after "be".
const DEED_VERB = String.raw`(?:begin|start|open|launch|ship|complete|finish|resume|introduce|unveil|deliver|build)`;
const DEED_PARTICIPLE = String.raw`(?:begun|started|opened|launched|shipped|completed|finished|resumed|introduced|unveiled|delivered|built)`;

// "will begin production in", "expects to complete the sale by", "is to be completed during":
// a modal or an infinitive's "to" before the verb, up to six words of its object, then the
// preposition right before the quarter. Not an infinitive after "was" or "were" and at most one
// word ("The plant was scheduled to open in the third quarter", "The sale was expected to be
// completed in", "was to begin"): a plan told in the past, whose quarter may be gone by.
const PAST_PLAN_TO = String.raw`(?<!\b(?:was|were)\s+(?:\w+\s+)?)to`;
const DEED_AHEAD_BEFORE = new RegExp(
  String.raw`\b(will|would|shall|${PAST_PLAN_TO})\s+(?:${DEED_VERB}(?:ning|ing)?|be\s+${DEED_PARTICIPLE})\b(?:\s+(?!(?:results|earnings|profits?|losses|sales)\b)[\w'’$.-]+){0,6}?\s+(?:in|by|during)\s+$`,
  'i',
);

// "In June, the company said it would launch the product in the third quarter", "Earlier this year,
// Apple said it expected to begin shipping in the third quarter", "had said it would": a time
// before the deed in its sentence that dates the saying or the plan months back (a season,
// "earlier this year", "last year", "months ago", a pluperfect; a month's name, capitalised, is
// looked for apart) puts the deed ahead of then, when the quarter just ended may still have been
// to come. After the quarter, only such a time after a verb of saying or "according to" dates it
// ("…, the company said in June"): "in the third quarter, with deliveries in October" dates the
// deed itself.
const SAYING_DATED_BACK = new RegExp(
  String.raw`\b(?:${SEASON_PATTERN}|earlier\s+this\s+year|last\s+year|(?:months|a\s+year|years)\s+ago|had\s+(?:${REGULAR_PAST}|said|told))\b`,
  'i',
);
const MONTH_WORD = new RegExp(`^${MONTH_WORD_SOURCE}$`, 'i');
const CAPITALISED_WORD = /\b[A-Z][a-z]+\b/g;

// A verb of saying or a source after the quarter: "…, the company said", "according to a filing".
const SAYING = new RegExp(String.raw`${REPORTED.source}|\baccording\s+to\b`);

const datesBack = (words: string) =>
  SAYING_DATED_BACK.test(words) ||
  (words.match(CAPITALISED_WORD) ?? []).some((word) => MONTH_WORD.test(word));

/**
 * Whether a quarter named without a year, starting at `start`, is when a deed told ahead is to
 * be begun or done ("The new plant will begin production in the third quarter", "The company
 * expects to complete the sale by the first quarter", said on 2 November 1989): such a quarter is
 * never the one just ended, whose results are still to be reported, but the next such (1990-Q3).
 * A quarter after a verb of results ("will take a charge in the third quarter", "will report a
 * loss in the third quarter") is left to the quarter just ended, as is a deed's object that names
 * results ("will begin reporting results in the third quarter"), and a deed whose saying or plan
 * is dated months back in its sentence ("In June, the company said it would launch the product in
 * the third quarter", "Last spring, the board voted to build it in the second quarter", "had said
 * it would", "The plant would begin production in the third quarter, the company said in June"; for
 * "would", which reports a saying, the sentence before too: "In June, Apple unveiled the machine.
 * It said it would begin shipping it in the third quarter"),
 * which looks ahead of then, not of publication.
 *
 * @example isDeedAheadInQuarter('The plant will begin production in the third quarter.', 35) // true
 */
export function isDeedAheadInQuarter(text: string, start: number): boolean {
  const deed = DEED_AHEAD_BEFORE.exec(text.slice(Math.max(0, start - 100), start));
  if (!deed) return false;
  const sentenceStart = sentenceStartAt(text, start);
  // "In June, Apple unveiled the machine. It said it would begin shipping it in the third
  // quarter": a "would" reports a saying, which the sentence before may date.
  const from =
    deed[1]!.toLowerCase() === 'would' && sentenceStart > 0
      ? sentenceStartAt(text, sentenceStart - 1)
      : sentenceStart;
  if (datesBack(text.slice(from, start))) return false;
  const rest = text.slice(start);
  const after = rest.slice(0, sentenceEnds(rest, false)[0] ?? rest.length);
  const saying = SAYING.exec(after);
  return !saying || !datesBack(after.slice(saying.index));
}
