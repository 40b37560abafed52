import type { Mention } from '../model/mention.ts';
import { joinAdjacent } from './joinAdjacent.ts';

// A clock time without a day of its own ("0530 GMT", "9 p.m."): what follows T in its value.
const CLOCK = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The words of the mention name no day, only the time (and perhaps its zone).
const TIME_WORDS = /^[\d:.\s]*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{3})?$/i;

/**
 * TimeML mentions with a clock time and the day named right after it joined into one TIME on
 * that day, as the guidelines mark "10 a.m. Monday": "0530 GMT Thursday" is 05:30 on the
 * Thursday the news reading gives, not on the day of publication and Thursday apart.
 *
 * @example joinClockToDay(text, [clock0530, thursday]) // [{ text: '0530 GMT Thursday', type: 'TIME', value: '…T05:30', … }]
 */
export function joinClockToDay(text: string, mentions: readonly Mention[]): Mention[] {
  return joinAdjacent(text, mentions, (m, next) => {
    const clock = m.type === 'TIME' && TIME_WORDS.test(m.text) ? CLOCK.exec(m.value) : null;
    if (!clock || !DAY.test(next.value)) return undefined;
    return {
      ...next,
      text: text.slice(m.start, next.end),
      start: m.start,
      type: 'TIME',
      value: `${next.value}${clock[1]}`,
    };
  });
}
