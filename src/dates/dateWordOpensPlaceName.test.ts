import { describe, expect, it } from 'vitest';
import { dateWordOpensPlaceName } from './dateWordOpensPlaceName.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('a month or a weekday that opens the name of a street or a club', () => {
  it('reads "The bank\'s April Street branch was robbed last week", said on Monday 30 October 1989, as no April, and last week as 1989-W43', () => {
    expect(both("The bank's April Street branch was robbed last week.", '1989-10-30')).toEqual([
      ['last week=1989-W43'],
      ['last week=1989-W43'],
    ]);
  });

  it('reads "The airline\'s Friday Club lets frequent business travelers earn free trips", said on 20 November 1989, as no Friday', () => {
    expect(
      both(
        "The airline's Friday Club lets frequent business travelers earn free trips.",
        '1989-11-20',
      ),
    ).toEqual([[], []]);
  });

  it('still reads "On Friday Club members met", said on Monday 30 October 1989, as 1989-10-27', () => {
    expect(both('On Friday Club members met.', '1989-10-30')).toEqual([
      ['On Friday=1989-10-27'],
      ['Friday=1989-10-27'],
    ]);
  });

  it('still reads "The company\'s Friday announcement surprised analysts", said on Monday 30 October 1989, as 1989-10-27', () => {
    expect(both("The company's Friday announcement surprised analysts.", '1989-10-30')).toEqual([
      ['Friday=1989-10-27'],
      ['Friday=1989-10-27'],
    ]);
  });

  it('still reads "The April street fair was canceled", said on Monday 30 October 1989, as 1989-04', () => {
    expect(both('The April street fair was canceled.', '1989-10-30')).toEqual([
      ['April=1989-04'],
      ['April=1989-04'],
    ]);
  });

  it('still reads "The April Plaza Hotel auction of Impressionist paintings set records", said on Monday 30 October 1989, as 1989-04', () => {
    expect(
      both('The April Plaza Hotel auction of Impressionist paintings set records.', '1989-10-30'),
    ).toEqual([['April=1989-04'], ['April=1989-04']]);
  });

  it('still reads "Investors who bought shares in the June Club Med offering have lost 20%", said on Monday 30 October 1989, as 1989-06', () => {
    expect(
      both(
        'Investors who bought shares in the June Club Med offering have lost 20%.',
        '1989-10-30',
      ),
    ).toEqual([['June=1989-06'], ['June=1989-06']]);
  });

  it('needs "the" or a possessive before the name', () => {
    expect(dateWordOpensPlaceName("The bank's April Street branch", 11, 16)).toBe(true);
    expect(dateWordOpensPlaceName('Since April Street vendors have', 6, 11)).toBe(false);
    expect(dateWordOpensPlaceName("The bank's April St. branch", 11, 16)).toBe(true);
  });
});
