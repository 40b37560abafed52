import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 28 December 1999.
const news = (text: string, published = '1999-12-28') =>
  findMentions(text, { published, locale: 'en-US' });
const timeml = (text: string, published = '1999-12-28') =>
  findTimemlMentions(text, { published, locale: 'en-US' });
const midnightOf = (found: ReturnType<typeof news>) => found.find((m) => /midnight/.test(m.text));

describe('midnightEndsYear', () => {
  it('reads "Crowds will gather at the stroke of midnight on Dec. 31" as the turn of the year', () => {
    const text = 'Crowds will gather in Times Square at the stroke of midnight on Dec. 31.';
    expect(midnightOf(timeml(text))).toMatchObject({
      text: 'midnight on Dec. 31',
      type: 'TIME',
      value: '1999-12-31T24',
    });
    expect(midnightOf(news(text))).toMatchObject({ type: 'TIME', value: '2000-01-01T00:00' });
  });

  it('reads "The law takes effect at midnight Dec. 31, 1999" and "midnight on 31 December" the same way', () => {
    expect(
      midnightOf(timeml('The law takes effect at midnight Dec. 31, 1999.', '1999-06-10'))?.value,
    ).toBe('1999-12-31T24');
    expect(
      midnightOf(news('The ban starts at midnight on 31 December 1999.', '1999-06-10'))?.value,
    ).toBe('2000-01-01T00:00');
  });

  it('leaves "Power failed shortly after midnight on Dec. 31" at the start of Dec. 31', () => {
    const text = 'Power failed shortly after midnight on Dec. 31, police said.';
    expect(midnightOf(timeml(text, '2000-01-03'))?.value).toBe('1999-12-31T00:00');
    expect(midnightOf(news(text, '2000-01-03'))?.value).toBe('1999-12-31T00:00');
  });

  it('leaves "The gates open at midnight on Dec. 30" to the start of that day', () => {
    const text = 'The gates open at midnight on Dec. 30.';
    expect(midnightOf(timeml(text))?.value).toBe('1999-12-30T00:00');
    expect(midnightOf(news(text))?.value).toBe('1999-12-30T00:00');
  });
});
