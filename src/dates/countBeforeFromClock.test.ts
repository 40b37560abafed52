import { describe, expect, it } from 'vitest';
import { COUNT_BEFORE_FROM_CLOCK } from './countBeforeFromClock.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 16 July 2025.
const GB = { published: '2025-07-16', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, GB).map((m) => [m.text, m.value]);
const timeml = (text: string) => findTimemlMentions(text, GB).map((m) => [m.text, m.value]);

describe('a count before "from" and a clock', () => {
  it('keeps the clock of "for five days from 7am on 25 July"', () => {
    const text = 'Train drivers will strike for five days from 7am on 25 July.';
    expect(news(text)).toEqual([
      ['five days', 'P5D'],
      ['from 7am on 25 July', '2025-07-25T07:00'],
    ]);
    expect(timeml(text)).toEqual([
      ['five days', 'P5D'],
      ['7am on 25 July', '2025-07-25T07:00'],
    ]);
  });

  it('keeps the clock before a weekday too', () => {
    expect(news('The line will shut for three days from 6am on Monday.')).toEqual([
      ['three days', 'P3D'],
      ['from 6am on Monday', '2025-07-21T06:00'],
    ]);
  });

  it('leaves a count before "from" and a day alone to be counted from the day', () => {
    expect(news('Prices will rise two weeks from Monday.')).toEqual([
      ['two weeks from Monday', '2025-08-04'],
    ]);
    expect('two weeks from Monday'.match(COUNT_BEFORE_FROM_CLOCK)).toBeNull();
  });
});
