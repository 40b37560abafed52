import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { storyYearOfPartIn } from './storyYearOfPartIn.ts';

const options = { published: '1990-02-14', locale: 'en-US' as const };

const both = (text: string, phrase: string) =>
  [findMentions(text, options), findTimemlMentions(text, options)].map(
    (list) => list.find((m) => m.text.includes(phrase))?.value,
  );

describe('storyYearOfPartIn', () => {
  it('reads "late in the year" and "early in the year" as a year, where they were unread', () => {
    expect(both('Analysts predict a rebound late in the year.', 'late in the year')).toEqual([
      '1990',
      '1990',
    ]);
    expect(both('Orders were strong early in the year.', 'early in the year')).toEqual([
      '1990',
      '1990',
    ]);
  });

  it('reads "late in the year" after "lost money in 1988" as 1988', () => {
    const text = 'The company lost money in 1988 but returned to profit late in the year.';
    expect(both(text, 'late in the year')).toEqual(['1988', '1988']);
    const later = 'The company lost money in 1988 but returned to profit later in the year.';
    expect(both(later, 'later in the year')).toEqual(['1988', '1988']);
  });

  it('reads "early in the year" after "Sales fell last year" as the year before', () => {
    const text = 'Sales fell last year, and early in the year the company closed two plants.';
    expect(both(text, 'early in the year')).toEqual(['1989', '1989']);
  });

  it('reads "Sales slumped late in the year", said in February, as the year before', () => {
    expect(both('Sales slumped late in the year, the company said.', 'late in')).toEqual([
      '1989',
      '1989',
    ]);
  });

  it("leaves a side clause's year and a year told ahead to the year of publication", () => {
    expect(both('The firm, founded in 1985, cut 300 jobs late in the year.', 'late in')).toEqual([
      '1989',
      '1989',
    ]);
    expect(
      both('The company expects to return to profit later in the year.', 'later in the year'),
    ).toEqual(['1990', '1990']);
    expect(
      storyYearOfPartIn('It will recover late in the year.', 17, 33, '1990-02-14', 'future'),
    ).toBe(undefined);
  });

  it('does not read "the end of the year" or "late in the month"', () => {
    const text = 'It lost money in 1988 and closed the plant at the end of the year.';
    const at = text.indexOf('the end of the year');
    expect(storyYearOfPartIn(text, at, at + 19, '1990-02-14', 'past')).toBe(undefined);
  });
});
