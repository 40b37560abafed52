import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 14 November 1989.
const PUBLISHED = { published: '1989-11-14', locale: 'en-US' } as const;
const found = (list: { text: string; value: string }[]) => list.map((m) => [m.text, m.value]);
const news = (text: string) => found(findMentions(text, PUBLISHED));
const timeml = (text: string) => found(findTimemlMentions(text, PUBLISHED));
const day = (list: string[][]) => list.find(([words]) => /first of the year/.test(words!))?.[1];

describe('"the first of the year" after a bound, as New Year\'s Day', () => {
  it.each([
    ['A decision is not expected until after the first of the year.', '1990-01-01'],
    ['The plant will close by the first of the year.', '1990-01-01'],
    ['Congress is unlikely to take up the bill before the first of the year.', '1990-01-01'],
  ])("reads %j, told ahead, as the coming New Year's Day in both readings", (text, value) => {
    expect(day(news(text))).toBe(value);
    expect(day(timeml(text))).toBe(value);
  });

  it('reads "Sales have risen 5% since the first of the year" as the year under way\'s first day', () => {
    expect(day(news('Sales have risen 5% since the first of the year.'))).toBe('1989-01-01');
    expect(day(timeml('Sales have risen 5% since the first of the year.'))).toBe('1989-01-01');
  });

  it('reads "Prices rallied after the first of the year", told in the past, as this year\'s', () => {
    expect(day(timeml('Prices rallied after the first of the year.'))).toBe('1989-01-01');
  });

  it.each([
    ['From the first of the year, drivers will pay a new toll.', '2026-12-15', '2027-01-01'],
    ['Prices have risen 3% from the first of the year.', '2026-12-15', '2026-01-01'],
    ['Minimum wage rises in 19 states at the first of the year', '2026-01-02', '2026-01-01'],
  ])('reads %j, said %s, as %s', (text, published, value) => {
    const at = { published, locale: 'en-US' } as const;
    expect(day(found(findMentions(text, at)))).toBe(value);
    expect(day(found(findTimemlMentions(text, at)))).toBe(value);
  });

  it('marks "the first of the year" in TimeML mode without its bound', () => {
    expect(timeml('The plant will close by the first of the year.')).toContainEqual([
      'the first of the year',
      '1990-01-01',
    ]);
  });

  it('does not read "the first of the year\'s three summits" nor the words with no bound', () => {
    expect(day(timeml("It was at the first of the year's three summits."))).toBeUndefined();
    expect(day(timeml('It was the first of the year for the new model.'))).toBeUndefined();
    expect(day(timeml('He will wait until the first of the year’s budget talks.'))).toBeUndefined();
  });
});
