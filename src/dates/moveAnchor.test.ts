import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { moveAnchor } from './moveAnchor.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

function read(text: string) {
  return findMentions(text, MARCH).map((m) => [m.text, m.value]);
}

describe('moveAnchor', () => {
  it('keeps "the day before" a month or a year named before it in that month or year, not the one before', () => {
    expect(
      read('He was indicted in October 2023. The verdict came the day before the session.'),
    ).toEqual([
      ['October 2023', '2023-10'],
      ['the day before', '2023-10'],
    ]);
    expect(read('The company was founded in 2019. The day before, its founder had quit.')).toEqual([
      ['2019', '2019'],
      ['The day before', '2019'],
    ]);
    expect(moveAnchor('2019-Q3', { amount: -1, unit: 'week' }, 'week')).toBe('2019-Q3');
  });

  it('still moves a day named before it by one day, and a year by a month or a year', () => {
    expect(
      read('The plant opened on March 3, 2019. The day before, workers had protested.'),
    ).toEqual([
      ['March 3, 2019', '2019-03-03'],
      ['The day before', '2019-03-02'],
    ]);
    expect(moveAnchor('2019', { amount: -1, unit: 'year' }, 'year')).toBe('2018');
    expect(moveAnchor('2019-10', { amount: -1, unit: 'month' }, 'month')).toBe('2019-09');
  });
});
