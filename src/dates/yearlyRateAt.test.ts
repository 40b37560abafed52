import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { yearlyRateAt } from './yearlyRateAt.ts';

const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);
const at = (text: string, words: string) => yearlyRateAt(text, text.indexOf(words));

describe('a yearly rate before a month and its year', () => {
  it('finds the rate\'s "a year" after a percent or an amount', () => {
    expect(at('Wages grew 3 percent a year after June 2020.', 'a year')).toBe(true);
    expect(at('Prices rose 2% a year after June 2021.', 'a year')).toBe(true);
    expect(at('Fees rose $400 a year after June 2021.', 'a year')).toBe(true);
    // Near misses: no amount before the count, and a count of years.
    expect(at('The firm was founded a year after June 2021.', 'a year')).toBe(false);
    expect(at('Wages grew 3 percent two years after June 2020.', 'two years')).toBe(false);
  });

  it('finds no rate in a level told with no verb of change ("was down", "stood at", "reached")', () => {
    expect(at('The shares were down 30 percent a year after June 2021.', 'a year')).toBe(false);
    expect(at('Unemployment stood at 6 percent a year after March 2020.', 'a year')).toBe(false);
    expect(at('Inflation reached 9 percent a year after March 2021.', 'a year')).toBe(false);
    expect(at('Revenue grew $2 billion a year after June 2019.', 'a year')).toBe(true);
    expect(at('Tuition climbed $1,000 a year after September 2018.', 'a year')).toBe(true);
    expect(at('Costs increased by about 4 percent a year after May 2017.', 'a year')).toBe(true);
  });

  it('reads "The shares were down 30 percent a year after June 2021." as 2022-06', () => {
    expect(news('The shares were down 30 percent a year after June 2021.')).toEqual([
      ['a year after June 2021', 'DATE', '2022-06'],
    ]);
    expect(news('Unemployment stood at 6 percent a year after March 2020.')).toEqual([
      ['a year after March 2020', 'DATE', '2021-03'],
    ]);
    expect(news('Inflation reached 9 percent a year after March 2021.')).toEqual([
      ['a year after March 2021', 'DATE', '2022-03'],
    ]);
  });

  it('keeps "a year" a length and the month its own date for a level in TimeML mode', () => {
    expect(
      findTimemlMentions('Inflation reached 9 percent a year after March 2021.', MARCH_14).map(
        (m) => [m.text, m.value],
      ),
    ).toEqual([
      ['a year', 'P1Y'],
      ['March 2021', '2021-03'],
    ]);
  });

  it('reads "Wages grew 3 percent a year after June 2020." as June 2020 alone', () => {
    expect(news('Wages grew 3 percent a year after June 2020.')).toEqual([
      ['June 2020', 'DATE', '2020-06'],
    ]);
    expect(news('Rents have climbed 4 percent a year after March 2019.')).toEqual([
      ['March 2019', 'DATE', '2019-03'],
    ]);
    expect(findTimemlMentions('Wages grew 3 percent a year after June 2020.', MARCH_14)).toEqual([
      expect.objectContaining({ text: 'June 2020', value: '2020-06' }),
    ]);
  });

  it('still reads "a year after June 2021" with no rate as a count from the month', () => {
    expect(news('The firm was founded a year after June 2021.')).toEqual([
      ['a year after June 2021', 'DATE', '2022-06'],
    ]);
  });
});
