import { describe, expect, it } from 'vitest';
import { DELAY_MEASURE_BEFORE } from './delayMeasureBefore.ts';
import { findMentions } from './findMentions.ts';

// Thursday 13 March 2025.
const THURSDAY = { published: '2025-03-13', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} ${m.value}`);

describe('a delay measured before "after"', () => {
  it.each([
    [
      'Passengers faced delays of up to 90 minutes after a signal failure.',
      'up to 90 minutes PT90M',
    ],
    ['Drivers faced waits of two hours after the crash.', 'two hours PT2H'],
    ['Trains were delayed by up to 30 minutes after a fire.', 'up to 30 minutes PT30M'],
    ['The flight was delayed by two hours after a bird strike.', 'two hours PT2H'],
  ])('reads "%s" as a length, not a time counted on', (text, found) => {
    expect(news(text)).toEqual([found]);
  });

  it('still counts on from an event when no delay is measured', () => {
    expect(news('The vote was delayed until two days after the election.')).toEqual([
      'two days after 2025-03-11',
    ]);
    expect(news('The fire broke out 90 minutes after the blast.')).toEqual([
      '90 minutes after PAST_REF',
    ]);
  });

  it('tells the words of a measured delay', () => {
    expect(DELAY_MEASURE_BEFORE.test('queues of more than ')).toBe(true);
    expect(DELAY_MEASURE_BEFORE.test('The vote was delayed until ')).toBe(false);
  });
});
