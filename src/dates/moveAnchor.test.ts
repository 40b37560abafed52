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

  it('moves a month or a year by a count of months, weeks or days later, not keeping it in that month or year', () => {
    const read2 = (text: string, published: string) =>
      findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
    expect(
      read2(
        'The company was founded in 2010. Eighteen months later it listed on the Nasdaq.',
        '2012-05-04',
      ),
    ).toEqual([
      ['2010', '2010'],
      ['Eighteen months later', '2011'],
    ]);
    expect(read2('The deal, agreed in 2013, took effect 18 months later.', '2015-11-30')).toEqual([
      ['2013', '2013'],
      ['18 months later', '2014'],
    ]);
    expect(
      read2(
        'The plant closed in the summer of 2019. Six months later, it was sold to a rival.',
        '2021-03-01',
      ),
    ).toEqual([
      ['the summer of 2019', '2019-SU'],
      ['Six months later', '2019-WI'],
    ]);
    expect(
      read2(
        'The mine flooded in October 2017. Six weeks later, the last of the miners was brought out.',
        '2018-01-15',
      ),
    ).toEqual([
      ['October 2017', '2017-10'],
      ['Six weeks later', '2017-11'],
    ]);
    expect(
      read2(
        'Floods hit the town in December 2019. Forty days later, the last evacuees returned home.',
        '2020-10-10',
      ),
    ).toEqual([
      ['December 2019', '2019-12'],
      ['Forty days later', '2020-01'],
    ]);
    expect(moveAnchor('2019-10', { amount: -6, unit: 'week' }, 'month')).toBe('2019-08');
  });
});
