import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFirstSessionYearAhead } from './isFirstSessionYearAhead.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('the first session of the year, told in the last week of December', () => {
  it('reads "Traders expect heavy volume in the first session of the year", said on 29 December 1989, as 1990', () => {
    expect(
      both('Traders expect heavy volume in the first session of the year.', '1989-12-29'),
    ).toEqual([['the year=1990'], ['the year=1990']]);
  });

  it('still reads "Stocks fell in the first session of the year", said on 29 December 1989, as 1989', () => {
    expect(both('Stocks fell in the first session of the year.', '1989-12-29')).toEqual([
      ['the year=1989'],
      ['the year=1989'],
    ]);
  });

  it('still reads "Traders expect heavy volume in the first session of the year", said on 2 November 1989, as 1989', () => {
    expect(
      both('Traders expect heavy volume in the first session of the year.', '1989-11-02'),
    ).toEqual([['the year=1989'], ['the year=1989']]);
  });

  it('still reads "The Dow is up 27% from the first session of the year", said on 29 December 1989, as 1989', () => {
    expect(both('The Dow is up 27% from the first session of the year.', '1989-12-29')).toEqual([
      ['the year=1989'],
      ['the year=1989'],
    ]);
  });

  it('needs the first session or trading day right before "the year"', () => {
    const text = 'Traders expect heavy volume in the last session of the year.';
    const at = text.indexOf('the year');
    expect(isFirstSessionYearAhead(text, at, at + 8, 'future', '1989-12-29')).toBe(false);
  });
});

describe('the first trading day of the year, told in the last week of December', () => {
  it('reads "Traders expect heavy buying on the first trading day of the year", said on 27 December 1989, as 1990', () => {
    expect(
      both('Traders expect heavy buying on the first trading day of the year.', '1989-12-27'),
    ).toEqual([['the year=1990'], ['the year=1990']]);
  });

  it('reads "Traders expect heavy buying on the year\'s first trading day", said on 27 December 1989, as 1990', () => {
    expect(
      both("Traders expect heavy buying on the year's first trading day.", '1989-12-27'),
    ).toEqual([['the year=1990'], ['the year=1990']]);
  });

  it('still reads "The Dow rose on the first trading day of the year", said on 20 October 1989, as 1989', () => {
    expect(both('The Dow rose on the first trading day of the year.', '1989-10-20')).toEqual([
      ['the year=1989'],
      ['the year=1989'],
    ]);
  });
});
