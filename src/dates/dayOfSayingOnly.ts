import type { Mention } from '../model/mention.ts';
import type { Anchor } from './Reading.ts';
import { REPORTING_VERBS } from './reportingVerbs.ts';
import { sentencesBetween } from './sentenceEnds.ts';
import { dayOfValue } from './valueShape.ts';

// A reporting verb (and whom it was told to) right before the day: "officials said Thursday",
// "police told reporters on Thursday".
const SAID_BEFORE = new RegExp(
  `\\b(?:${REPORTING_VERBS.join('|')})(?:\\s+(?:reporters|journalists))?\\s+(?:on\\s+)?$`,
  'i',
);
// What may follow a day that dates only the saying: the sentence's or the clause's end, perhaps
// after where it was said ("said Thursday in a statement."). Words that go on ("said Thursday that
// talks would resume at 3 p.m.", "said Wednesday he would be charged") are what was said, told on
// that day.
const SAYING_ENDS =
  /^(?:\s+(?:in|at|on|during|through|via)\s+(?:a|an|the|its|his|her|their)(?:\s+[\w'’-]+){1,2})?\s*(?:[.!?;,]|$)/i;

/**
 * Whether `mention` dates only the saying of a sentence whose news is on the day named before it
 * in that sentence ("The quake struck late Tuesday, killing 12, officials said Thursday."): the
 * story stays on Tuesday, so a clock time after it ("It hit at 6:41 p.m.") is Tuesday's. A saying
 * day with no earlier day in its sentence moves the story as any day does, and so does one that
 * opens what was said ("the union said Thursday that talks would resume at 3 p.m.").
 *
 * @example dayOfSayingOnly(text, tuesday, thursday) // true for the sentence above
 */
export function dayOfSayingOnly(text: string, day: Anchor | undefined, mention: Mention): boolean {
  if (day?.source.kind !== 'mention' || dayOfValue(day.value) === undefined) return false;
  const from = day.source.start;
  if (from >= mention.start || sentencesBetween(text, from, mention.start) > 0) return false;
  // "The ferry was due to dock on Tuesday, the coast guard said Thursday": a day still ahead of
  // the saying is no story told as done; the saying day moves the story as any day does.
  if (day.value.slice(0, 10) >= mention.value.slice(0, 10)) return false;
  return (
    SAID_BEFORE.test(text.slice(Math.max(from, mention.start - 40), mention.start)) &&
    SAYING_ENDS.test(text.slice(mention.end, mention.end + 60))
  );
}
