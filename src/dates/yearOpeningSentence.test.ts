import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { yearOpeningSentence } from './yearOpeningSentence.ts';

// December copy: this year's Christmas is two weeks ahead.
const DECEMBER_10 = { published: '2024-12-10', locale: 'en-US' } as const;
const value = (text: string, words: string) =>
  findMentions(text, DECEMBER_10).find((m) => m.text === words)?.value;
const timemlValue = (text: string, words: string) =>
  findTimemlMentions(text, DECEMBER_10).find((m) => m.text === words)?.value;

describe('a holiday in a sentence opened by a year gone by', () => {
  it('reads "In 2019 the ferry was scheduled to sail on Christmas Day" as 2019\'s, in both readings', () => {
    const text = 'In 2019 the ferry was scheduled to sail on Christmas Day.';
    expect(value(text, 'Christmas Day')).toBe('2019-12-25');
    expect(timemlValue(text, 'Christmas Day')).toBe('2019-12-25');
  });

  it.each([
    [
      'In 2016, the parade was cancelled on Thanksgiving because of rain.',
      'Thanksgiving',
      '2016-11-24',
    ],
    ['Back in 2010 the store opened on Boxing Day for the first time.', 'Boxing Day', '2010-12-26'],
    ['During 2020, few families travelled at Easter.', 'Easter', '2020-04-12'],
  ])('reads %j as the holiday of that year', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it.each([
    ['Since 2019 the ferry has not sailed on Christmas Day.', 'Christmas Day', '2023-12-25'],
    ['The ferry was scheduled to sail on Christmas Day.', 'Christmas Day', '2024-12-25'],
    ['In 2019 the ferry sailed on Christmas Day 2018.', 'Christmas Day 2018', '2018-12-25'],
    ['In 2025 the ferry will sail on Christmas Day.', 'Christmas Day', '2024-12-25'],
  ])('still reads %j by its own words', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it.each([
    [
      'In 2023, the mall closed early, but it will stay open on Christmas Eve.',
      'Christmas Eve',
      '2024-12-24',
    ],
    [
      'In 2022 figures, the chain expects record sales on Black Friday.',
      'Black Friday',
      '2024-11-29',
    ],
  ])('reads %j, told in November, by publication', (text, words, day) => {
    const november = { published: '2024-11-10', locale: 'en-US' } as const;
    expect(findMentions(text, november).find((m) => m.text === words)?.value).toBe(day);
    expect(findTimemlMentions(text, november).find((m) => m.text === words)?.value).toBe(day);
  });

  it("still reads a later clause told in the past as the opening year's", () => {
    const text = 'In 2023, the mall closed early, but it stayed open on Christmas Eve.';
    expect(value(text, 'Christmas Eve')).toBe('2023-12-24');
  });

  it('takes no year from a sentence before, nor an amount', () => {
    const text = 'Sales fell in 2019. The ferry sailed on Christmas Day.';
    expect(yearOpeningSentence(text, text.indexOf('Christmas'), '2024-12-10')).toBeUndefined();
    const amount = 'In 2019 percent terms, sales at Christmas rose.';
    expect(yearOpeningSentence(amount, amount.indexOf('Christmas'), '2024-12-10')).toBeUndefined();
    const money = 'In 2019 dollars, Christmas spending will reach $10 billion.';
    expect(yearOpeningSentence(money, money.indexOf('Christmas'), '2024-12-10')).toBeUndefined();
  });
});
