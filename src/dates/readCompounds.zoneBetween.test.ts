import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const published = '1989-11-13'; // a Monday
const options = { published, locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, options).map((m) => [m.text, m.value]),
  findTimemlMentions(text, options).map((m) => [m.text, m.value]),
];
const tomorrow = shiftTimex(published, { amount: 1, unit: 'day' });
const yesterday = shiftTimex(published, { amount: -1, unit: 'day' });

describe('a zone between a clock and its day word', () => {
  it(`reads "The offer expires at 10 a.m. EST tomorrow", said on 13 November 1989, as 10 a.m. on ${tomorrow}`, () => {
    const words = [['10 a.m. EST tomorrow', `${tomorrow}T10:00`]];
    expect(both('The offer expires at 10 a.m. EST tomorrow.')).toEqual([words, words]);
  });

  it('reads "8:30 a.m. Eastern tomorrow" and "8 p.m. Eastern time tonight" with their days', () => {
    expect(findMentions('The talks resume at 8:30 a.m. Eastern tomorrow.', options)).toMatchObject([
      { text: '8:30 a.m. Eastern tomorrow', value: `${tomorrow}T08:30` },
    ]);
    expect(findMentions('He will speak at 8 p.m. Eastern time tonight.', options)).toMatchObject([
      { text: '8 p.m. Eastern time tonight', value: `${published}T20:00` },
    ]);
  });

  it('reads "The deadline passed at 5 p.m. EST yesterday" on the day before', () => {
    expect(findMentions('The deadline passed at 5 p.m. EST yesterday.', options)).toMatchObject([
      { value: `${yesterday}T17:00` },
    ]);
  });

  it('reads "Bids are due by noon EST tomorrow" as noon of the next day', () => {
    expect(findMentions('Bids are due by noon EST tomorrow.', options)).toMatchObject([
      { text: 'noon EST tomorrow', value: `${tomorrow}T12:00` },
    ]);
  });

  it('reads "midnight EST tonight" as the midnight that ends the day (TimeML T24)', () => {
    expect(both('The offer runs until midnight EST tonight.')).toEqual([
      [['midnight EST tonight', `${tomorrow}T00:00`]],
      [['midnight EST tonight', `${published}T24`]],
    ]);
  });

  it('does not take a lower-case "est" for a zone', () => {
    expect(findMentions('The offer expires at 10 a.m. est tomorrow.', options)).toMatchObject([
      { text: 'tomorrow', value: tomorrow },
    ]);
  });

  it('leaves "10 a.m. EST Friday" to its weekday', () => {
    const friday = shiftTimex(published, { amount: 4, unit: 'day' });
    expect(findMentions('The offer expires at 10 a.m. EST Friday.', options)).toMatchObject([
      { value: `${friday}T10:00` },
    ]);
  });
});
