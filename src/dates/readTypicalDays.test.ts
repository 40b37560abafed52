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

  it('still dates a weekday after an average of a count, or after "a" alone', () => {
    expect(news('An average of 300 people attended on Sunday.')).toEqual([
      ['on Sunday', 'DATE', '2025-03-09'],
    ]);
    expect(timeml('An average of 300 people attended on Sunday.')).toEqual([
      ['Sunday', 'DATE', '2025-03-09'],
    ]);
  });
});
