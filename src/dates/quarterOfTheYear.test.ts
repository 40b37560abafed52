import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { ofYearAfter } from './quarterOfTheYear.ts';

const read = (text: string, published: string) => {
  const options = { published, locale: 'en-GB' } as const;
  return [findMentions, findTimemlMentions].map((find) =>
    find(text, options).map((m) => `${m.text} = ${m.value}`),
  );
};

describe('a quarter of the year', () => {
  it('reads one mention, the quarter, in both readings', () => {
    expect(read('Sales rose 4% in the first quarter of the year.', '2026-11-20')).toEqual([
      ['the first quarter = 2026-Q1'],
      ['the first quarter of the year = 2026-Q1'],
    ]);
  });

  it('reads "the last quarter of the year" as the fourth, ahead after a future', () => {
    expect(
      read('The firm expects to return to profit in the last quarter of the year.', '2026-01-20'),
    ).toEqual([['the last quarter = 2026-Q4'], ['the last quarter of the year = 2026-Q4']]);
    expect(read('Growth slowed in the last quarter of 2024.', '2026-01-20')).toEqual([
      ['the last quarter of 2024 = 2024-Q4'],
      ['the last quarter of 2024 = 2024-Q4'],
    ]);
  });

  it('reads "the last quarter of this year", "… of last year" and "… of next year" as the fourth', () => {
    expect(
      read('Chinese leaders will visit Washington in the last quarter of this year.', '1999-12-02'),
    ).toEqual([
      ['the last quarter of this year = 1999-Q4'],
      ['the last quarter of this year = 1999-Q4'],
    ]);
    expect(read('Sales fell in the last quarter of last year.', '1999-12-02')).toEqual([
      ['the last quarter of last year = 1998-Q4'],
      ['the last quarter of last year = 1998-Q4'],
    ]);
    expect(read('The plant will open in the last quarter of next year.', '1999-12-02')).toEqual([
      ['the last quarter of next year = 2000-Q4'],
      ['the last quarter of next year = 2000-Q4'],
    ]);
    expect(ofYearAfter('the last quarter of last year', 16)).toBe(true);
  });

  it('keeps the quarter just ended after a past, in January', () => {
    expect(read('Growth slowed in the final quarter of the year.', '2026-02-10')).toEqual([
      ['the final quarter = 2025-Q4'],
      ['the final quarter of the year = 2025-Q4'],
    ]);
  });

  it('still reads "last quarter" alone as the quarter gone by', () => {
    expect(read('Profit fell last quarter.', '2026-01-20')).toEqual([
      ['last quarter = 2025-Q4'],
      ['last quarter = 2025-Q4'],
    ]);
  });

  it('does not take "the year before" for the year of the quarter', () => {
    expect(ofYearAfter('the last quarter of the year before', 16)).toBe(false);
    expect(ofYearAfter('the last quarter of the year.', 16)).toBe(true);
  });

  it('does not take "last year\'s" for the year of the quarter in "the last quarter of last year\'s final"', () => {
    expect(ofYearAfter("the last quarter of last year's final", 16)).toBe(false);
    expect(ofYearAfter('the last quarter of this year’s budget', 16)).toBe(false);
    // Both readings keep "last year" a mention of its own.
    const text = "He scored 20 points in the last quarter of last year's final.";
    for (const found of read(text, '1999-03-01')) expect(found).toContain('last year = 1998');
  });
});
