import type { Mention } from '../model/mention.ts';
import type { Reading } from './Reading.ts';

// The event between the words and its date: up to six words with no mark of a clause of its
// own ("the vote on", "he took office in", "the U.S. election on"). A comma sets the date apart ("two days after
// the vote, on March 9,"), and a joining word starts another clause ("… the vote and on March 9").
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
 * @example countFromNamedDate(text, threeYearsAfter, reading, in2017) // { mention: { text: 'Three years after', value: '2020', … }, story: '2020' }
 */
export function countFromNamedDate(
  text: string,
  m: Mention,
  reading: Reading,
  next: Mention,
): { mention: Mention; story: string } | undefined {
  if (
    !reading.fromNamed ||
    !/^\d{3}[\dX]/.test(next.value) ||
    next.value.includes('/') ||
    !EVENT.test(text.slice(m.end, next.start))
  ) {
    return undefined;
  }
  const { words, story } = reading.fromNamed({
    value: next.value,
    source: { kind: 'mention', text: next.text, start: next.start, value: next.value },
  });
  return { mention: { text: m.text, start: m.start, end: m.end, ...words }, story };
}
