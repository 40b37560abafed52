import type { Mention } from '../model/mention.ts';
import { joinAdjacent } from './joinAdjacent.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';

// "a week before", "two days after", "about a month before": a count of days, weeks or months
// and its direction, perhaps after an approximator.
const COUNT_FROM = new RegExp(
  `^(?:[a-z]+\\s+)?(${NUMBER_SOURCE})\\s+(day|week|month)s?\\s+(before|after)$`,
  'i',
);

/**
 * A count read from the day named right after it (`countFromNamedDate`, "a week before
 * Christmas") joined with that day into one expression, the day the count lands on: "The fire
 * started a week before Christmas" is 18 December, not Christmas Day beside a second Christmas
 * (as "the day before Christmas" is 24 December). News reading only: TimeML marks the count as
 * a length and the day apart. Words with an event between them and its date ("two days after
 * the vote on March 3") keep the event's date, as before.
 *
 * @example joinCountToDay(text, [aWeekBefore, christmas])
 * // [{ text: 'a week before Christmas', value: '2024-12-18', … }]
 */
export function joinCountToDay(text: string, mentions: readonly Mention[]): Mention[] {
  return joinAdjacent(text, mentions, (m, next) => {
    const count = COUNT_FROM.exec(m.text);
    const amount = count ? readNumber(count[1]!) : undefined;
    if (
      !count ||
      amount === undefined ||
      !Number.isInteger(amount) ||
      !isDayValue(next.value) ||
      m.value !== next.value ||
      m.anchor.kind !== 'mention' ||
      m.anchor.start !== next.start
    )
      return undefined;
    const unit = count[2]!.toLowerCase() as 'day' | 'week' | 'month';
    const sign = count[3]!.toLowerCase() === 'before' ? -1 : 1;
    const offset = { amount: sign * amount, unit };
    return {
      ...m,
      text: text.slice(m.start, next.end),
      end: next.end,
      value: shiftTimex(next.value, offset),
      granularity: 'day',
      offset,
    };
  });
}
