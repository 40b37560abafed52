import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 20 November 1989.
const NOVEMBER_20_1989 = '1989-11-20';
const read = (text: string, published: string = NOVEMBER_20_1989) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('a capitalised Midnight that opens a name', () => {
  it('reads no clock in "The retailer\'s Midnight Madness sale drew record crowds Friday", said on Monday 20 November 1989, only Friday, 1989-11-17', () => {
    expect(read("The retailer's Midnight Madness sale drew record crowds Friday.")).toEqual([
      ['Friday=1989-11-17'],
      ['Friday=1989-11-17'],
    ]);
  });

  it('reads no clock in "He starred in the film Midnight Express"', () => {
    expect(read('He starred in the film Midnight Express.')).toEqual([[], []]);
  });

  it('keeps the clock of "The strike begins at midnight Tuesday", said on Monday 20 November 1989', () => {
    const [news, timeml] = read('The strike begins at midnight Tuesday.');
    expect(news!.join(' ')).toMatch(/1989-11-2[12]T(?:00|24)/);
    expect(timeml!.join(' ')).toMatch(/1989-11-2[12]T(?:00|24)/);
  });

  it('keeps the clock of a sentence-opening "Midnight Friday is the deadline for bids"', () => {
    const [news, timeml] = read('Midnight Friday is the deadline for bids.');
    expect(news!.join(' ')).toMatch(/Midnight/);
    expect(timeml!.join(' ')).toMatch(/Midnight/);
  });

  it('keeps the clock of "The offer expires at Midnight EST"', () => {
    const [news] = read('The offer expires at Midnight EST.');
    expect(news!.join(' ')).toMatch(/Midnight/);
  });

  it('keeps the clock of "Trading in the contract ends at Midnight Chicago time", said on Monday 20 November 1989', () => {
    const [news, timeml] = read('Trading in the contract ends at Midnight Chicago time.');
    expect(news!.join(' ')).toMatch(/Midnight/);
    expect(timeml!.join(' ')).toMatch(/Midnight/);
  });

  it('keeps the clock of "The offer expires at Midnight New York time tonight"', () => {
    const [news] = read('The offer expires at Midnight New York time tonight.');
    expect(news!.join(' ')).toMatch(/Midnight/);
  });
});
