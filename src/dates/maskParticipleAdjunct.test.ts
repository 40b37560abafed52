import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { maskParticipleAdjunct } from './maskParticipleAdjunct.ts';

// Monday 9 March 2026: the weekend gone by is 2026-W10-WE, the coming one 2026-W11-WE.
const MONDAY = { published: '2026-03-09', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MONDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('a participle of striving after the date', () => {
  it.each([
    ['Negotiators spent much of the weekend trying to secure a deal.', 'the weekend = 2026-W10-WE'],
    [
      'Aid workers spent most of the weekend trying to reach the towns.',
      'the weekend = 2026-W10-WE',
    ],
    [
      'Negotiators spent the whole weekend trying to secure a deal.',
      'the whole weekend = 2026-W10-WE',
    ],
  ])('leaves the past verb before the date its tense in "%s"', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['Negotiators will spend the weekend trying to secure a deal.', 'the weekend = 2026-W11-WE'],
    [
      'Negotiators are expected to spend much of the weekend trying to close the gaps.',
      'the weekend = 2026-W11-WE',
    ],
  ])('keeps a future before the date in "%s"', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('blanks only a participle that opens the words after the date, with no "be"', () => {
    expect(maskParticipleAdjunct(' trying to secure a deal.')).toBe('           secure a deal.');
    expect(maskParticipleAdjunct(' as they are trying to win')).toBe(' as they are trying to win');
  });
});
