import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 12 March 2025 unless a test gives another day.
const PUBLISHED = '2025-03-12';

const news = (text: string, published = PUBLISHED) =>
  findMentions(text, { published, locale: 'en-US' });
const timeml = (text: string, published = PUBLISHED) =>
  findTimemlMentions(text, { published, locale: 'en-US' });

describe('a count after "in" told in the past', () => {
  it.each([
    ['The index rose 5% in a week.', 'a week'],
    ['Prices have doubled in two years.', 'two years'],
    ['It was the hottest day in 50 years.', '50 years'],
    ['The console sold 2,050 units in a day.', 'a day'],
  ])('reads %j as how long it took, a duration, not a date ahead', (text, words) => {
    for (const found of [news(text), timeml(text)]) {
      expect(found).toEqual([expect.objectContaining({ text: words, type: 'DURATION' })]);
    }
  });

  it('still reads a count after "in" that a reported clause puts ahead as a date', () => {
    const [m] = news('Officials said the bridge will reopen in two weeks.');
    expect(m).toMatchObject({ text: 'in two weeks', type: 'DATE' });
  });
});
