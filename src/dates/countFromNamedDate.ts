import type { Mention } from '../model/mention.ts';
import { canAnchor } from './canAnchor.ts';
import type { Reading } from './Reading.ts';
import { headsClause, SUBJECT_WORDS } from './ownConjunct.ts';
import { wordTags } from './wordTags.ts';

// The event between the words and its date: up to six words with no mark of a clause of its
// own ("the vote on", "he took office in", "the U.S. election on"). A comma sets the date apart
// ("two days after the vote, on March 9,"), and a joining word starts another clause ("… the
// vote and on March 9").
const EVENT =
  /^\s+(?:(?!(?:and|but|or|then|while|whereas|until|since|before|after)\b)(?:(?:[A-Z]\.){2,}|[\w'’-]+)\s+){0,6}$/i;

/**
 * "Days after the vote on 3 March", "a week before the election on Nov. 5, 2024", "three years
 * after he took office in 2017": words that count from an event (`reading.fromNamed`) read from
 * the calendar date `next` the event is given right after them, not from the date mentioned before
 * them or the publication date: the mention they make, and the time they set the story at
 * (three years on from 2017); undefined when `m` is no such words or `next` is not the event's
 * date in the same clause.
 *
 * @example countFromNamedDate(text, threeYearsAfter, reading, in2017)
 * // { mention: { text: 'Three years after', value: '2017', … }, story: '2020' }
 */
export function countFromNamedDate(
  text: string,
  m: Mention,
  reading: Reading,
  next: Mention,
): { mention: Mention; story: string } | undefined {
  if (
    !reading.fromNamed ||
    !canAnchor(next) ||
    !EVENT.test(text.slice(m.end, next.start)) ||
    !namesEvent(text, m.end, next)
  ) {
    return undefined;
  }
  const { words, story } = reading.fromNamed({
    value: next.value,
    source: { kind: 'mention', text: next.text, start: next.start, value: next.value },
  });
  return { mention: { text: m.text, start: m.start, end: m.end, ...words }, story };
}

// The preposition that gives the event its date, ending the words before it or opening it: "the
// vote on", "took office in".
const DATING = /\b(?:on|in|at|during)\s+$/i;
const DATING_FIRST = /^(?:on|in|at|during)\b/i;
const OPENS_EVENT = /^\s+(?:the|an?|its|his|her|their)\s+$/i;

/**
 * Whether the words from `from` to the date `next` are the event and the preposition that dates
 * it, and no clause of its own: a noun phrase, then perhaps its verb and one bare word ("the vote
 * on", "he took office in", "the pandemic began in"), not a second subject and its verb ("the
 * vote the minister quit on", "his death he was honoured on") nor a verb with an object of its
 * own ("the storm police found the bodies on"), whose date is that clause's.
 */
function namesEvent(text: string, from: number, next: Mention): boolean {
  const gap = text.slice(from, next.start);
  const dating = DATING.exec(gap);
  // "two weeks before Christmas": the date is the event; "the March 3 vote": it opens the event.
  if (/^\s+$/.test(gap) || OPENS_EVENT.test(gap)) return true;
  if (!dating && !DATING_FIRST.test(next.text)) return false;
  const tags = wordTags(text, from, next.start);
  const words = [...gap.slice(0, dating?.index).matchAll(/\S+/g)].map((word) =>
    tags.get(from + word.index),
  );
  const verbs = words.flatMap((tagged, i) => (headsClause(tagged) ? [i] : []));
  if (verbs.length > 1) return false;
  const verb = verbs[0] ?? words.length;
  const subject = words.slice(0, verb);
  // A determiner, a pronoun or a name after the first word of the noun phrase starts another.
  const second = subject.some(
    (tagged, i) =>
      i > 0 &&
      (tagged?.has('Determiner') === true ||
        tagged?.has('Pronoun') === true ||
        (tagged?.has('ProperNoun') === true &&
          subject[i - 1]?.has('Noun') === true &&
          subject[i - 1]?.has('ProperNoun') !== true)),
  );
  const object = words.slice(verb + 1);
  return (
    !second &&
    (verbs.length === 0 || subject.length <= SUBJECT_WORDS) &&
    object.length <= 1 &&
    object.every((tagged) => tagged?.has('Determiner') !== true && tagged?.has('Pronoun') !== true)
  );
}
