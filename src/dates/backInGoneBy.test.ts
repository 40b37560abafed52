import { describe, expect, it } from 'vitest';
import { backInGoneBy } from './backInGoneBy.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const APRIL_10_1998 = { published: '1998-04-10', locale: 'en-US' } as const; // a Friday
const read = (text: string) => findMentions(text, APRIL_10_1998).map((m) => [m.text, m.value]);
const readTimeml = (text: string) =>
  findTimemlMentions(text, APRIL_10_1998).map((m) => [m.text, m.value]);

describe('backInGoneBy', () => {
  it('reads "Senator George Mitchell set the deadline back in March", said on 10 April 1998, as 1998-03', () => {
    const text = 'Senator George Mitchell set the deadline back in March.';
    expect(read(text)).toEqual([['March', '1998-03']]);
    expect(readTimeml(text)).toEqual([['March', '1998-03']]);
  });

  it('tells "back in" before the time at its start', () => {
    const text = 'Mitchell set the deadline back in March.';
    expect(backInGoneBy(text, text.indexOf('March'))).toBe(true);
  });

  it('keeps "He will be back in March", said on 10 April 1998, as the March ahead', () => {
    expect(read('He will be back in March.')).toEqual([['March', '1999-03']]);
    const text = 'the senator is expected back in May.';
    expect(backInGoneBy(text, text.indexOf('May'))).toBe(false);
  });

  it('keeps "NBC will bring the show back in the fall" and "plans to cut back in June", said on 10 April 1998, ahead (review)', () => {
    expect(read('NBC will bring the show back in the fall.')).toEqual([['the fall', '1998-FA']]);
    expect(read('The company plans to cut back in June.')).toEqual([['June', '1998-06']]);
    expect(read('Stocks should bounce back in May, analysts say.')).toEqual([['May', '1998-05']]);
    expect(read('The troops will be sent back in May.')).toEqual([['May', '1998-05']]);
  });
});
