import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { stretchAfterFeast } from './stretchAfterFeast.ts';

const christmas = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.filter((m) => m.text === 'Christmas').map((m) => m.value));

describe('the stretch right after a feast gone by, told in the future', () => {
  it('reads "Sales in the week after Christmas are expected to be heavy", said on Tuesday 26 December 1989, as 1989-12-25', () => {
    expect(
      christmas('Sales in the week after Christmas are expected to be heavy.', '1989-12-26'),
    ).toEqual([['1989-12-25'], ['1989-12-25']]);
  });

  it('reads "Retailers hope that sales in the week after Christmas will make up for a weak season", said on Tuesday 26 December 1989, as 1989-12-25', () => {
    expect(
      christmas(
        'Retailers hope that sales in the week after Christmas will make up for a weak season.',
        '1989-12-26',
      ),
    ).toEqual([['1989-12-25'], ['1989-12-25']]);
  });

  it('still reads "Sales in the week after Christmas will be heavy", said on Monday 15 January 1990, as 1990-12-25', () => {
    expect(christmas('Sales in the week after Christmas will be heavy.', '1990-01-15')).toEqual([
      ['1990-12-25'],
      ['1990-12-25'],
    ]);
  });

  it('still reads "Sales after Christmas will be heavy", said on Tuesday 26 December 1989, as 1990-12-25', () => {
    expect(christmas('Sales after Christmas will be heavy.', '1989-12-26')).toEqual([
      ['1990-12-25'],
      ['1990-12-25'],
    ]);
  });

  it('tells a stretch after a feast from "the day after" and "after" alone', () => {
    expect(stretchAfterFeast('during the days after ')).toBe(true);
    expect(stretchAfterFeast('the day after ')).toBe(false);
    expect(stretchAfterFeast('Sales after ')).toBe(false);
  });
});
