import { describe, expect, it } from 'vitest';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const;

function texts(text: string): Array<[string, string]> {
  return findTimemlMentions(text, JAN_2000).map((m) => [m.text, m.value]);
}

describe('joinDayNeighbour', () => {
  it('joins "the day after" to the day named right after it', () => {
    expect(texts('They met the day after Thanksgiving.')).toEqual([
      ['the day after Thanksgiving', '1999-11-26'],
    ]);
  });

  it('leaves "the day before" alone when no day follows it', () => {
    expect(texts('He arrived on Monday. The day before, he had called.')).toEqual([
      ['Monday', '2000-01-03'],
      ['The day before', '2000-01-02'],
    ]);
  });

  it('does not join across other words', () => {
    expect(texts('He left the day after, on Christmas.')).toHaveLength(2);
  });
});
