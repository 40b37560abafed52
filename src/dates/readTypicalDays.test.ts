import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-GB' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('generic days', () => {
  it('reads no date in "on an average Sunday" or "on any given Saturday", in both readings', () => {
    for (const text of [
      'The church draws about 300 worshippers on an average Sunday.',
      'On any given Saturday, the market hosts 80 stalls.',
      'A typical Friday sees queues outside the food bank.',
    ]) {
      expect(news(text)).toEqual([]);
      expect(timeml(text)).toEqual([]);
    }
  });

  it('still dates the story\'s own day called ordinary or typical ("It was an ordinary Tuesday until the shooting started.")', () => {
    for (const [text, words, value] of [
      ['It was an ordinary Tuesday until the shooting started.', 'Tuesday', '2025-03-11'],
      ['What began as a typical Friday ended in tragedy.', 'Friday', '2025-03-07'],
      ['It was not a normal Monday for the city.', 'Monday', '2025-03-10'],
    ] as const) {
      expect(news(text)).toEqual([[words, 'DATE', value]]);
      expect(timeml(text)).toEqual([[words, 'DATE', value]]);
    }
    expect(timeml('It was a normal Sunday morning when the bombs fell.')).toEqual([
      ['Sunday morning', 'TIME', '2025-03-09TMO'],
    ]);
  });

  it('reads no date in "On an ordinary weekday the square is empty."', () => {
    expect(news('On an ordinary weekday the square is empty.')).toEqual([]);
    expect(timeml('On an ordinary weekday the square is empty.')).toEqual([]);
  });

  it('still dates a weekday after an average of a count, or after "a" alone', () => {
    expect(news('An average of 300 people attended on Sunday.')).toEqual([
      ['on Sunday', 'DATE', '2025-03-09'],
    ]);
    expect(timeml('An average of 300 people attended on Sunday.')).toEqual([
      ['Sunday', 'DATE', '2025-03-09'],
    ]);
  });
});
