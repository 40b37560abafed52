import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const OPTIONS = { published: '2026-03-11', locale: 'en-US' } as const;
const texts = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, OPTIONS).map((m) => [m.text, m.value]),
  );

describe('"year end" written open before "for" and a year is not the publication year\'s end', () => {
  it('reads "Cash at year end for 2025 was $2 billion" as the year alone', () => {
    const read = [['2025', '2025']];
    expect(texts('Cash at year end for 2025 was $2 billion.')).toEqual([read, read]);
  });

  it('still reads "close the plant by year end for the first time" as the end of 2026', () => {
    const read = [['year end', '2026']];
    expect(texts('The company expects to close the plant by year end for the first time.')).toEqual(
      [read, read],
    );
  });
});
