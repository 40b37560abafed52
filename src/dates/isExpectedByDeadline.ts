import { CLAUSE_STOP } from './clauseStop.ts';
import { DEED_WORD } from './deedWord.ts';
import { DETERMINER } from './determiner.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';

// A possessive or an article right before "plans", "hopes" or "aims" makes it a noun, whose own
// verb follows ("Its plans to sell the unit collapsed by Dec. 28", "The company's hopes to close
// the deal faded by Dec. 29"): no expectation still held. Capitals spelt out, as the pattern
// keeps to lower case for "will".
const NOUN_BEFORE = String.raw`(?<!\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[Aa]|[Tt]hese|[Tt]hose|[\w-]+['’]s)\s+)`;
// What a deed is expected, hoped or planned to be done by, told in the present ("expects to
// complete", "is expected to be completed", "hope to close", "plans to sell"), or a passive told
// with "will" ("will be sold"), then the deed and its words, up to eight, and "by" right before the
// day. Not a past expectation ("had expected to", "expected to" alone), which may have failed; no
// word among them that opens or tells another clause ("Officials who will oversee the vote were
// appointed by", "Analysts will watch whether sales fell by"). "Will" in lower case only, so
// "Will Smith" is none, and never before a word of another clause, so "The will was signed by" is
// none either; with an active verb it is WILL_DO_BY's.
const EXPECTED_BY = new RegExp(
  String.raw`\b${NOUN_BEFORE}(?:(?:expects?|hopes?|plans?|intends?|aims?|(?:is|are)\s+(?:expected|likely|scheduled))\s+to|will\s+be)\s+(?:${DEED_WORD}){1,8}?by\s+$`,
);
// "will" with an active verb ("said it will pay the dividend by Dec. 31"): the deed is to come,
// unless a word of a past deed stands among its words, which is another clause's ("Analysts will
// note sales fell by Dec. 31"). "Will" in lower case only, and not "will have" or "will not".
const WILL_DO_BY = new RegExp(String.raw`\bwill\s+(?!have\b|not\b)((?:${DEED_WORD}){1,8}?)by\s+$`);
const PAST_WORD = new RegExp(String.raw`\b(?:${IRREGULAR_PAST}|${REGULAR_PAST})\b`, 'i');
// A past form right after an article or a possessive is the object's adjective, no verb ("will
// redeem the preferred shares", "will pay its deferred dividend"): blanked before PAST_WORD asks.
const ADJECTIVE_AFTER_DETERMINER = new RegExp(
  String.raw`\b(${DETERMINER}|this|that|these|those|all)\s+[a-z]+ed\b`,
  'gi',
);
// A clause's opening between the expectation and the day: a stop, a semicolon, a colon, or "but".
const CLAUSE_BREAK = new RegExp(String.raw`${CLAUSE_STOP.source}|\bbut\b`, 'i');

/**
 * The clause before a deadline at `start`, where the expectation that sets it is told: up to 120
 * characters back, from the last clause's opening (a stop, a semicolon, a colon, or "but").
 */
export function clauseBeforeDeadline(text: string, start: number): string {
  return (
    text
      .slice(Math.max(0, start - 120), start)
      .split(CLAUSE_BREAK)
      .at(-1) ?? ''
  );
}

/**
 * Whether a day and month at `start` is the deadline of a deed still expected to be done by it:
 * "The company said it expects to complete the sale by Dec. 31", said on 3 January 1990, is
 * 1990's Dec. 31, not the day gone by three days before, as are "The acquisition is expected to be
 * completed by Dec. 31", "The company said the plant will be sold by Dec. 31" and "The company
 * said it will pay the dividend by Dec. 31". A completion still expected looks ahead, however near
 * the day just gone. One told in reported speech is isReportedExpectationBy's. Not "The company had expected to complete the sale by Dec. 31, but
 * regulators balked", nor a deed done ("completed the sale on Dec. 29").
 *
 * @example isExpectedByDeadline('It expects to complete the sale by Dec. 31.', 35) // true
 */
export function isExpectedByDeadline(text: string, start: number): boolean {
  const clause = clauseBeforeDeadline(text, start);
  if (EXPECTED_BY.test(clause)) return true;
  const will = WILL_DO_BY.exec(clause);
  return will !== null && !PAST_WORD.test(will[1]!.replace(ADJECTIVE_AFTER_DETERMINER, '$1'));
}
