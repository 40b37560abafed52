import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) =>
  [findMentions(text, at(published)), findTimemlMentions(text, at(published))].map((found) =>
    found.map((m) => [m.text, m.value]),
  );

// Sunday 25 June 2000, nine days before the Fourth.
const SAID = '2000-06-25';
const FOURTH_2000 = '2000-07-04';
const FOURTH_1999 = shiftTimex(FOURTH_2000, { amount: -1, unit: 'year' });

describe('readHolidays, "Fourth of July" with no "the"', () => {
  it('reads "Fourth of July fireworks drew half a million people to the Mall", said on 25 June 2000, as the Fourth gone by', () => {
    const text = 'Fourth of July fireworks drew half a million people to the Mall.';
    const expected = [['Fourth of July', FOURTH_1999]];
    expect(both(text, SAID)).toEqual([expected, expected]);
  });

  it('reads "Fourth of July fireworks will draw half a million people to the Mall", said on 25 June 2000, as the coming Fourth', () => {
    const text = 'Fourth of July fireworks will draw half a million people to the Mall.';
    const expected = [['Fourth of July', FOURTH_2000]];
    expect(both(text, SAID)).toEqual([expected, expected]);
  });

  it('leaves "the Fourth of July" read as before: "The Fourth of July fireworks drew half a million people", said on 25 June 2000', () => {
    const text = 'The Fourth of July fireworks drew half a million people to the Mall.';
    expect(both(text, SAID)[0]).toEqual([['The Fourth of July', FOURTH_1999]]);
  });
});
