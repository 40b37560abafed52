import { datelineToldFrom } from './datelineToldFrom.ts';
import { DETERMINER } from './determiner.ts';
import { UNCHANGED_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { sentenceEnds } from './sentenceEnds.ts';

// A bare noun as the object ("cut power to Pristina", "cut parts shipments", "set pickets"): a
// lowercase word that is not a word of manner or state after the verb ("cut short", "set free",
// "quickly", "late"), a preposition, a joining word, "to" of a plan ("set to strike"), a past in
// "-ed", a modal or a present verb, after which the word before was a noun and no verb at all ("A
// tax cut takes effect at midnight Saturday", "The pay cut announced Friday").
const BARE_OBJECT = String.raw`(?!(?:${MODALS}|to|and|or|in|on|at|for|with|by|into|from|as|short|free|loose|open|clear|ready|apart|forward|late|early|hard|fast|tight|again|also|then|now|just|only|still|is|are|was|were|be|been|has|have|had|takes|goes|comes|begins|starts|ends|expires|runs|becomes|kicks|remains|stays)\b)[a-z][a-z-]*(?<!ly|ed)`;
// The clause after it, or after "and" before a name, up to "at" before the midnight: a subject
// of up to six words, a verb whose past is its present, the start of its object or particle
// ("set up picket lines", "shut the plant", "put its air campaign on hold", "cut power"), then
// the rest.
const DEED = new RegExp(
  String.raw`(?:^|\band\s+(?=[A-Z]))((?:[\w.’'-]+\s+){1,6}?)(?:${UNCHANGED_PAST})\s+(?:${DETERMINER}|up|out|off|down|back|aside|[A-Z][\w.’'-]*|[\w-]+['’]s|\$?\d|(?<bare>${BARE_OBJECT}))\s[^;:]*?\bat\s+$`,
);
// A subject of a determiner alone, or a determiner and lowercase singular words: the word after it
// is a noun ("The hit musical closes", "The tax cut affects millions", "The new rate set
// applies"), so a bare word after that ending in "-s" is its present verb, no object.
const DETERMINER_ALONE = new RegExp(String.raw`^${DETERMINER}\s+$`, 'i');
const NOUN_BEFORE = new RegExp(
  String.raw`^(?:${DETERMINER}|The|A|An|Its|His|Her|Their|Our)\s+(?:[a-z][a-z-]*[a-rt-z]\s+)+$`,
);
const PRESENT_S = /[^s]s$/;
// Words in the subject that make the verb no deed done: a modal, "will", "to", a plan or a
// condition, a present of saying ("The unions say they set up …" tells what is to come).
const NOT_A_DEED = new RegExp(
  String.raw`\b(?:${MODALS}|won['’]t|to|if|unless|when|whenever|every|each|plans?|says?|expects?|intends?)\b|['’]ll\b`,
  'i',
);
// A look ahead between the verb and the midnight ("set up picket lines if talks fail at").
const AHEAD_BETWEEN = new RegExp(String.raw`\b(?:${MODALS}|if|unless)\b`, 'i');
// A condition after the midnight, in its sentence, makes the deed a threat still to be carried out
// ("Nurses set up picket lines at midnight Saturday unless a contract is reached").
const CONDITION_AFTER = /\b(?:if|unless)\b/i;

/**
 * Whether the midnight at `start` is the time of a deed told under a wire's dateline with a verb
 * whose past is its present ("NEW YORK (AP) -- Telephone workers set up picket lines at midnight
 * Saturday", said on Saturday 5 August 2000): the dateline tells news of what was done, so the
 * deed is done and the midnight is the one that opened the day; "The union plans to shut the
 * plant at midnight Friday" or "workers will set up picket lines" look ahead.
 *
 * @example isDatelineUnchangedDeed('NEW YORK (AP) -- Workers set up picket lines at midnight Saturday.', 48) // true
 */
export function isDatelineUnchangedDeed(text: string, start: number): boolean {
  const toldFrom = datelineToldFrom(text, start);
  if (toldFrom === undefined) return false;
  const told = text.slice(toldFrom, start);
  if (/[!?]/.test(told)) return false;
  const deed = DEED.exec(told);
  if (!deed) return false;
  const subject = deed[1]!;
  if (DETERMINER_ALONE.test(subject)) return false;
  const bare = deed.groups?.['bare'];
  if (bare && PRESENT_S.test(bare) && NOUN_BEFORE.test(subject)) return false;
  // What follows the subject, past the "and" that may open the clause before it.
  const afterSubject = deed[0].slice(deed[0].indexOf(subject) + subject.length);
  const rest = text.slice(start);
  const sentenceRest = rest.slice(0, sentenceEnds(rest, false)[0] ?? rest.length);
  return (
    !NOT_A_DEED.test(subject) &&
    !AHEAD_BETWEEN.test(afterSubject) &&
    !CONDITION_AFTER.test(sentenceRest)
  );
}
