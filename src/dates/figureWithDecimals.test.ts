import { describe, expect, it } from 'vitest';
import { FIGURE_WITH_DECIMALS } from './figureWithDecimals.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Thursday.
const FEB_20_1997 = { published: '1997-02-20', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, FEB_20_1997).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, FEB_20_1997).map((m) => [m.text, m.value] as const);

describe('a figure grouped in thousands with decimals', () => {
  it('reads "The index closed at 7,020.13 on Wednesday" as that Wednesday, no clock', () => {
    const text = 'The index closed at 7,020.13 on Wednesday, its third record in a week.';
    expect(news(text)).toContainEqual(['on Wednesday', '1997-02-19']);
    expect(timeml(text)).toEqual([
      ['Wednesday', '1997-02-19'],
      ['a week', 'P1W'],
    ]);
  });

  it('reads "The Dow fell 1,234.56 points Monday" and a figure of millions as the day', () => {
    expect(timeml('The Dow fell 1,234.56 points Monday.')).toEqual([['Monday', '1997-02-17']]);
    expect(news('The fund was worth 1,250,020.45 dollars on Tuesday.')).toEqual([
      ['on Tuesday', '1997-02-18'],
    ]);
  });

  it('blanks the whole figure, not a decimal without a thousands group', () => {
    expect('closed at 7,020.13 on'.match(FIGURE_WITH_DECIMALS)).toEqual(['7,020.13']);
    expect('at 20.13 on Wednesday'.match(FIGURE_WITH_DECIMALS)).toBeNull();
    expect('closed at 7,020 on Wednesday'.match(FIGURE_WITH_DECIMALS)).toBeNull();
  });

  it('leaves a British clock with a stop, which has no thousands group, a clock', () => {
    const text = 'The train left at 20.13 on Wednesday.';
    expect(findTimemlMentions(text, { published: '1997-02-20', locale: 'en-GB' })[0]?.value).toBe(
      '1997-02-19T20:13',
    );
  });
});
