import { describe, expect, it } from 'vitest';
import { endsInPastFeat } from './endsInPastFeat.ts';
import { findMentions } from './findMentions.ts';

const US = { published: '2026-03-01', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, US).map((m) => [m.text, m.type, m.value]);

describe('a count after "in" that tells how long a past deed took', () => {
  it.each([
    ['She rowed across the Atlantic in 54 days.', '54 days', 'P54D'],
    ['He climbed all 14 peaks in six months.', 'six months', 'P6M'],
    ['The villagers built the chapel in a year.', 'a year', 'P1Y'],
    ['She swam the Channel in 13 hours.', '13 hours', 'PT13H'],
    ['The choir sang all 40 songs in three hours.', 'three hours', 'PT3H'],
    ['He ate 70 hot dogs in 10 minutes.', '10 minutes', 'PT10M'],
    ['The army overran the city in three days.', 'three days', 'P3D'],
  ])('reads %j as a duration, not a date ahead', (text, words, value) => {
    expect(read(text)).toEqual([[words, 'DURATION', value]]);
  });

  it('keeps a count after a clause of its own a date ahead', () => {
    expect(read('The club hired a coach who starts in two weeks.')).toEqual([
      ['in two weeks', 'DATE', '2026-W11'],
    ]);
  });

  it.each([
    ['The opposition called for elections in 90 days.', 'in 90 days', '2026-05-30'],
    ['The court ordered a retrial in 60 days.', 'in 60 days', '2026-04-30'],
    ['Analysts predicted a recovery in two years.', 'in two years', '2028'],
    ['The Fed hinted at a rate hike in two months.', 'in two months', '2026-05'],
  ])('keeps %j, a thing asked for or foreseen, a date ahead', (text, words, value) => {
    expect(read(text)).toEqual([[words, 'DATE', value]]);
  });

  it('keeps a count after a plan a date ahead', () => {
    expect(read('He returned home and will retire in two months.')).toEqual([
      ['in two months', 'DATE', '2026-05'],
    ]);
  });

  it('keeps a count after a present of the same verb a date ahead', () => {
    expect(read('She swims the Channel in two weeks.')).toEqual([
      ['in two weeks', 'DATE', '2026-W11'],
    ]);
  });

  it('keeps a count told in the present a date ahead', () => {
    expect(read('The renovated museum reopens in two weeks.')).toEqual([
      ['in two weeks', 'DATE', '2026-W11'],
    ]);
  });
});

describe('endsInPastFeat', () => {
  it('finds a past verb and its way before the count', () => {
    expect(endsInPastFeat('She rowed across the Atlantic')).toBe(true);
  });

  it('finds none after a plan participle or a word opening another clause', () => {
    expect(endsInPastFeat('The bridge was expected back')).toBe(false);
    expect(endsInPastFeat('The team lost, and the coach leaves')).toBe(false);
  });

  it('takes no word ending in -ed that is not a verb ("the Fed", "a red card")', () => {
    expect(endsInPastFeat('The Fed eyes a rate hike')).toBe(false);
    expect(endsInPastFeat('He saw a red card')).toBe(true);
    expect(endsInPastFeat('A red card for the captain')).toBe(false);
  });
});

describe('a perfect before the count', () => {
  it('keeps a count after a perfect not ruling something out a date ahead', () => {
    expect(read('The Fed has not ruled out a rate hike in two months.')).toEqual([
      ['in two months', 'DATE', '2026-05'],
    ]);
  });
});
