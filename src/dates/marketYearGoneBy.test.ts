import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { marketYearGoneBy } from './marketYearGoneBy.ts';

const JANUARY_2 = { published: '1990-01-02', locale: 'en-US' } as const;
const both = (
  text: string,
  options: { readonly published: string; readonly locale: 'en-US' } = JANUARY_2,
): string[][] => [
  findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`),
];

describe("a market's wrap for the year, told in the first week of January", () => {
  it('reads "For the year, the Dow Jones Industrial Average rose 27%", said on 2 January 1990, as 1989', () => {
    for (const mentions of both('For the year, the Dow Jones Industrial Average rose 27%.'))
      expect(mentions).toEqual(['the year = 1989']);
  });

  it('reads "Stocks fell for the year, their first decline since 1987", said on 2 January 1990, as 1989', () => {
    expect(both('Stocks fell for the year, their first decline since 1987.')[1]).toEqual([
      'the year = 1989',
      '1987 = 1987',
    ]);
  });

  it('keeps a tally of the year under way, the present, a sentence with no market and the rest of January as the year of publication', () => {
    expect(both('The Dow rose 12 points, leaving it up 0.4% for the year.')[0]).toEqual([
      'the year = 1990',
    ]);
    expect(both('For the year, the Dow is up 0.4%.')[0]).toEqual(['the year = 1990']);
    expect(both('For the year, the company hired 300 people.')[0]).toEqual(['the year = 1990']);
    expect(marketYearGoneBy('For the year, the Dow rose 2%.', 4, 12, 'past', '1990-01-15')).toBe(
      false,
    );
  });
});

describe("a market's year that is only under way, or a plan for it, told in the first week of January", () => {
  it('keeps "Stocks got off to a weak start for the year as the Dow fell 12 points", said on 3 January 1990, as 1990', () => {
    const options = { published: '1990-01-03', locale: 'en-US' } as const;
    for (const mentions of both(
      'Stocks got off to a weak start for the year as the Dow fell 12 points.',
      options,
    ))
      expect(mentions).toEqual(['the year = 1990']);
  });

  it('keeps "The Bundesbank set its money-supply target for the year at 4% to 6%, bond traders said", said on 4 January 1990, as 1990', () => {
    const options = { published: '1990-01-04', locale: 'en-US' } as const;
    expect(
      both(
        'The Bundesbank set its money-supply target for the year at 4% to 6%, bond traders said.',
        options,
      )[0],
    ).toContain('the year = 1990');
  });

  it('keeps "The Dow rose 12 points yesterday, its third gain for the year", said on 4 January 1990, as 1990', () => {
    const options = { published: '1990-01-04', locale: 'en-US' } as const;
    for (const mentions of both(
      'The Dow rose 12 points yesterday, its third gain for the year.',
      options,
    ))
      expect(mentions).toContain('the year = 1990');
  });

  it('reads "The dollar fell 4% against the mark for the year", said on 2 January 1990, as 1989', () => {
    for (const mentions of both('The dollar fell 4% against the mark for the year.'))
      expect(mentions).toEqual(['the year = 1989']);
  });
});
