import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 8 January 1990.
const read = (text: string, published = '1990-01-08') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('a bare half in a sentence of a business deal', () => {
  it('reads "The contract will last through the first half", said on 8 January 1990, as 1990-H1', () => {
    expect(read('The contract will last through the first half.')).toEqual([
      ['the first half=1990-H1'],
      ['the first half=1990-H1'],
    ]);
  });

  it('reads "The RTC expects to sell about 140 thrifts in the first half", said on 8 January 1990, as 1990-H1', () => {
    expect(read('The RTC expects to sell about 140 thrifts in the first half.')).toEqual([
      ['the first half=1990-H1'],
      ['the first half=1990-H1'],
    ]);
  });

  it('reads no half in "Tickets for the concert\'s first half sold out"', () => {
    expect(read("Tickets for the concert's first half sold out.")).toEqual([[], []]);
  });

  it('reads no half in "The player\'s contract will run through the first half", a match\'s', () => {
    expect(read("The player's contract will run through the first half.")).toEqual([[], []]);
  });

  it('reads no half in "The network has sold nearly all of its commercial time for the Super Bowl, and ads in the first half cost $700,000 each", a game\'s', () => {
    expect(
      read(
        'The network has sold nearly all of its commercial time for the Super Bowl, and ads in the first half cost $700,000 each.',
      ),
    ).toEqual([[], []]);
  });

  it('reads no half in "The play\'s producers sold the movie rights after audiences walked out during the second half", a show\'s', () => {
    expect(
      read(
        "The play's producers sold the movie rights after audiences walked out during the second half.",
      ),
    ).toEqual([[], []]);
  });

  it('reads "The buy-out firm plans to sell the unit during the first half", said on 2 January 1990, as 1990-H1', () => {
    expect(
      read('The buy-out firm plans to sell the unit during the first half.', '1990-01-02'),
    ).toEqual([['the first half=1990-H1'], ['the first half=1990-H1']]);
  });
});
