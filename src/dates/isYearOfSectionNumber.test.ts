import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a year that numbers a part of a law or a rule book', () => {
  it('reads no 1990 in "Section 1990 of the tax code would be repealed under the proposal"', () => {
    expect(
      read('Section 1990 of the tax code would be repealed under the proposal.', '1989-11-01'),
    ).toEqual([[], []]);
  });

  it('reads no 1983 in "He filed a Section 1983 suit on Tuesday"', () => {
    expect(read('He filed a Section 1983 suit on Tuesday.', '1989-11-01')).toEqual([
      ['on Tuesday = 1989-10-31'],
      ['Tuesday = 1989-10-31'],
    ]);
  });

  it('reads no 1992 in "Under Article 1992 of the civil code, the heirs may sue"', () => {
    expect(read('Under Article 1992 of the civil code, the heirs may sue.', '1994-06-14')).toEqual([
      [],
      [],
    ]);
  });

  it('reads no 1986 in "the exemption in § 1986 expires next year"', () => {
    expect(read('The exemption in § 1986 expires next year.', '1994-06-14')).toEqual([
      ['next year = 1995'],
      ['next year = 1995'],
    ]);
  });

  it('keeps the year of "The rule took effect in 1990", the noun not right before it', () => {
    expect(read('The rule took effect in 1990.', '1994-06-14')).toEqual([
      ['1990 = 1990'],
      ['1990 = 1990'],
    ]);
  });

  it('keeps the years of "The champion held the title 1990 through 1992", in small letters', () => {
    expect(read('The champion held the title 1990 through 1992.', '1994-06-14')).toEqual([
      ['1990 through 1992 = 1990/1992'],
      ['1990 = 1990', '1992 = 1992'],
    ]);
  });

  it('keeps the year of "Democrats Rule 1990 Races Across the South", a headline\'s verb', () => {
    expect(read('Democrats Rule 1990 Races Across the South', '1990-11-07')).toEqual([
      ['1990 = 1990'],
      ['1990 = 1990'],
    ]);
  });

  it('keeps the year of "He gave the canvas to the Museum of Modern Art. 1990 was the year he stopped painting"', () => {
    expect(
      read(
        'He gave the canvas to the Museum of Modern Art. 1990 was the year he stopped painting.',
        '1995-06-01',
      ).map((mentions) => mentions.filter((m) => m.startsWith('1990'))),
    ).toEqual([['1990 = 1990'], ['1990 = 1990']]);
  });
});
