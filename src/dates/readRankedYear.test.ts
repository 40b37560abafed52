import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2026-03-11', locale: 'en-US' } as const;
const GB = { published: '2026-03-11', locale: 'en-GB' } as const;
const year = (mentions: ReturnType<typeof findMentions>) =>
  mentions.filter((m) => /year/i.test(m.text)).map((m) => [m.text, m.value, m.type]);

describe('"the year" a ranking is within', () => {
  it.each([
    ['Stocks hit their lowest level of the year.', US],
    ['It was the first snowfall of the year.', US],
    ['Tuesday is expected to be the busiest travel day of the year.', US],
    ['Voters head to the polls on Tuesday in the first primary of the year.', US],
    ["It was the company's worst month of the year.", GB],
    ['The Dow posted its biggest one-day gain of the year on Tuesday.', US],
    ['The FTSE 100 closed at its most volatile level of the year.', GB],
    ['The storm brought the strongest winds of the year to the west coast.', GB],
  ])('reads %j as the year of publication in TimeML mode', (text, options) => {
    expect(year(findTimemlMentions(text, options))).toEqual([['the year', '2026', 'DATE']]);
  });

  it("leaves the ranking's year unread in the news reading, which dates events", () => {
    expect(year(findMentions('Stocks hit their lowest level of the year.', US))).toEqual([]);
  });

  it('does not read an award, a period an ordinal ranks, nor a year written before or after', () => {
    for (const text of [
      'She was named Player of the Year.',
      'He won the best Album of the Year award.',
      'Sales rose in the first quarter of the year.',
      'In 2019, it was the hottest day of the year.',
      'Last year it was the wettest month of the year.',
      'The album was named the best record of the year in 2019.',
      'Ten years ago, it was the deadliest attack of the year.',
      'Sales rose 4% in the best month of the year to March.',
    ])
      expect(
        year(findTimemlMentions(text, US)).filter(([, value]) => value === '2026'),
        text,
      ).toEqual([]);
  });

  it('leaves "the year" that opens another expression to its own reading', () => {
    expect(
      year(
        findTimemlMentions('It was the most important vote of the year before the election.', US),
      ),
    ).toEqual([['the year before', '2025', 'DATE']]);
  });
});
