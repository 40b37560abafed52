import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { writesMonthInLowerCase } from './writesMonthInLowerCase.ts';

// Thursday 2 November 1989.
const PUBLISHED = { published: '1989-11-02', locale: 'en-US' } as const;
const read = (found: { text: string; value: string }[]) =>
  found.map((m) => `${m.text} = ${m.value}`);
const news = (text: string) => read(findMentions(text, PUBLISHED));
const timeml = (text: string) => read(findTimemlMentions(text, PUBLISHED));

describe('a lower-case month word after a year', () => {
  it.each([
    ['Sales in 1991 may rise 5%.', '1991 = 1991'],
    ['The agreement, which expires in 1994, may be renewed.', '1994 = 1994'],
    ['Earnings in fiscal 1990 may fall short of estimates.', 'fiscal 1990 = 1990'],
    ['Workers in 1990 march on the capital every spring.', '1990 = 1990'],
  ])('reads %j as the year alone, not a month of it, in both readings', (text, year) => {
    expect(news(text)).toContain(year);
    expect(timeml(text)).toContain(year);
    expect(news(text).some((m) => /-0[35]$/.test(m))).toBe(false);
    expect(timeml(text).some((m) => /-0[35]$/.test(m))).toBe(false);
  });

  it.each([
    ['In 1991 May sales rose 4%.', '1991 May = 1991-05'],
    ['The pact was signed May 3, 1991.', 'May 3, 1991 = 1991-05-03'],
    ['The notes mature in March 1992.', 'March 1992 = 1992-03'],
    ['The deal closed on 1991-05-03.', '1991-05-03 = 1991-05-03'],
  ])('still reads the month of %j, written with a capital or in figures', (text, month) => {
    expect(news(text)).toContain(month);
    expect(timeml(text)).toContain(month);
  });
});

describe('writesMonthInLowerCase', () => {
  it('is true of a year and a modal "may"', () => {
    expect(writesMonthInLowerCase('1991 may')).toBe(true);
    expect(writesMonthInLowerCase('1994, may')).toBe(true);
  });

  it('is false of a month with a capital, of figures and of words with no month', () => {
    expect(writesMonthInLowerCase('May 1991')).toBe(false);
    expect(writesMonthInLowerCase('Sept. 30, 1989')).toBe(false);
    expect(writesMonthInLowerCase('1991-05-03')).toBe(false);
    expect(writesMonthInLowerCase('next year')).toBe(false);
  });
});
