import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isQuarterlyRecurrence } from './isQuarterlyRecurrence.ts';

const NOVEMBER = { published: '2025-11-05', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, NOVEMBER).map((m) => [m.text, m.type, m.value]);

describe('"quarterly" as a recurrence', () => {
  it.each([
    'The board declared a quarterly dividend of 25 cents a share.',
    'The company raised its quarterly dividend by 5%.',
    'Investors receive quarterly interest payments.',
    'The magazine is published quarterly.',
  ])('reads "%s" as a set of quarters in the news reading', (text) => {
    expect(news(text)).toEqual([['quarterly', 'SET', 'P1Q']]);
  });

  it('leaves it unmarked in TimeML mode, as TimeBank does', () => {
    const text = 'The board declared a quarterly dividend of 25 cents a share.';
    expect(findTimemlMentions(text, NOVEMBER)).toEqual([]);
  });

  it.each([
    "The bank's quarterly results beat forecasts.",
    'Quarterly revenue rose 12%.',
    'The company reported its largest quarterly profit ever.',
  ])('reads nothing in "%s" (a quarter\'s figures)', (text) => {
    expect(news(text)).toEqual([]);
  });

  it('looks for the paid thing after the word or the verb before it', () => {
    expect(isQuarterlyRecurrence('a quarterly payout', 2, 11)).toBe(true);
    expect(isQuarterlyRecurrence('quarterly earnings', 0, 9)).toBe(false);
  });
});
