import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isLatePartGoneBy } from './isLatePartGoneBy.ts';

const both = (text: string, phrase: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((list) => list.find((m) => m.text.includes(phrase))?.value);

describe('isLatePartGoneBy', () => {
  it('reads "late in the month" told in the past early in a month as the month before', () => {
    expect(both('Prices rose late in the month, traders said.', 'late in', '1989-11-07')).toEqual([
      '1989-10',
      '1989-10',
    ]);
  });

  it('reads "late in the quarter" told in the past in a quarter\'s first month as the quarter before', () => {
    const text = 'Orders picked up late in the quarter, the company said.';
    expect(both(text, 'late in', '1989-11-07')).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('reads "late in the week" told in the past on a Tuesday as the week before', () => {
    expect(both('Prices rose late in the week.', 'late in', '1989-11-07')).toEqual([
      '1989-W44',
      '1989-W44',
    ]);
  });

  it('keeps the period under way when it is told ahead or said in its second half', () => {
    expect(both('Prices will rise late in the month.', 'late in', '1989-11-07')).toEqual([
      '1989-11',
      '1989-11',
    ]);
    expect(both('Prices rose late in the month.', 'late in', '1989-11-27')).toEqual([
      '1989-11',
      '1989-11',
    ]);
    expect(isLatePartGoneBy('early in the month', 'past', '1989-11-07')).toBe(false);
    expect(isLatePartGoneBy('late in the year', 'past', '1989-11-07')).toBe(false);
    expect(isLatePartGoneBy('late in the year', 'past', '1990-02-14')).toBe(true);
  });

  it('keeps "late in the quarter" the quarter under way when said in its last month or late in its second', () => {
    const text = 'Orders picked up late in the quarter, the company said.';
    expect(both(text, 'late in', '1989-12-20')).toEqual(['1989-Q4', '1989-Q4']);
    expect(both(text, 'late in', '1989-11-20')).toEqual(['1989-Q4', '1989-Q4']);
    expect(both(text, 'late in', '1989-10-10')).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('keeps "late in the week" the week under way when said on a Thursday or a Sunday', () => {
    const text = 'Bond prices rallied late in the week as traders covered short positions.';
    expect(both(text, 'late in', '1989-11-09')).toEqual(['1989-W45', '1989-W45']);
    expect(both(text, 'late in', '1989-11-12')).toEqual(['1989-W45', '1989-W45']);
  });

  it('keeps "late in the month" the month under way when said on the 16th', () => {
    const text = 'Copper prices fell late in the month, dealers said.';
    expect(both(text, 'late in', '1989-11-16')).toEqual(['1989-11', '1989-11']);
  });
});
