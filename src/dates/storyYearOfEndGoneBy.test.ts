import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const endValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /the end of the/i.test(m.text))?.value;
const news = (text: string, published: string) => endValue(findMentions(text, at(published)));
const timeml = (text: string, published: string) =>
  endValue(findTimemlMentions(text, at(published)));

describe('the end of a year a story names, told in a past perfect', () => {
  it.each([
    ['The company was founded in 2015. By the end of the year, it had hired 50 people.', '2015'],
    [
      'The charity opened its first shop in 2009. By the end of the year it had three more.',
      '2009',
    ],
    ['In 2019, the plant reopened. It had hired 300 workers by the end of the year.', '2019'],
  ])('reads %j, said on 15 April 2026, as that year, %s', (text, value) => {
    expect(news(text, '2026-04-15')).toBe(value);
    expect(timeml(text, '2026-04-15')).toBe(value);
  });

  it.each([
    // no end gone by: the year under way
    ['The firm was founded in 2015. By the end of the year it will have 50 staff.', '2026'],
    // no year named: the year before publication
    ['The firm had hired 50 people by the end of the year, its founder said.', '2025'],
    // a month's end is no one month of the year named
    ['The firm was founded in 2015. By the end of the month, it had hired 50 people.', '2026-03'],
  ])('reads %j as before, %s', (text, value) => {
    expect(news(text, '2026-04-15')).toBe(value);
    expect(timeml(text, '2026-04-15')).toBe(value);
  });

  it.each([
    'The firm, founded in 1990, had hired 500 workers by the end of the year, its chief said.',
    'Born in 1985, Ms Lee had raised £2m for the charity by the end of the year.',
    'Since 2010 the fund had grown tenfold by the end of the year.',
    'The union, which struck in 2019, had signed up 4,000 new members by the end of the year.',
  ])(
    'takes no year from a side clause of the same sentence in %j: the year gone by, 2025',
    (text) => {
      expect(news(text, '2026-01-20')).toBe('2025');
      expect(timeml(text, '2026-01-20')).toBe('2025');
    },
  );
});
