import { clauseEnding } from './clauseOpens.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// "There will be", "There'll also be", "There will still be": a thing said to be on a day to come.
// Not when a word between tells a time of its own: "after", "since", "when", or a verb of what
// was done or happened ("questions about the decision taken on 14 January").
const THERE_WILL_BE =
  /\bthere(?:\s+(?:will|shall)|['’]ll)(?:\s+(?:also|still|again|only|now|then))?\s+be\b(?![\s\S]*\b(?:after|since|following|when|because|happened|occurred|took\s+place|taken|made|announced|decided|agreed|signed|published|passed|approved|was|were|had)\b)/i;
// Far enough back for the thing between "be" and the day ("free parking in the town centre").
const REACH = 100;

/**
 * Whether the clause before `start` tells a thing that "there will be" on the day: "There will be
 * overnight closures on 12 December", "There will be no bin collections on 26 December", "There
 * will also be a service at the war memorial on Dec. 7". Said in March, the December is the one
 * to come, where the sentence's tense alone kept a day up to three months back. Not "There would
 * be a vote on 12 December" (a plan told in the past), nor a clause of a happening between ("There
 * will be an inquiry into the crash on 12 December" keeps its "into", but "after", "since",
 * "following", "when", "because" or a past verb before the day tells its own time: "There will be
 * questions about the decision taken on 14 January").
 *
 * @example thereWillBeBefore('There will be road closures on 3 January.', 31) // true
 */
export function thereWillBeBefore(text: string, start: number): boolean {
  const from = Math.max(sentenceStartAt(text, start), start - REACH);
  return THERE_WILL_BE.test(clauseEnding(text.slice(from, start)));
}
