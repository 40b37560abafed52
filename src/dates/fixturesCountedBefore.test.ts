import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 20 November 2025.
const THURSDAY = { published: '2025-11-20', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, THURSDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('a count of fixtures played within a count of time', () => {
  it.each([
    ['The club will play two matches in three days.', 'three days = P3D'],
    ['City face four games in 10 days.', '10 days = P10D'],
    ['United play four league games in 12 days.', '12 days = P12D'],
  ])('reads "%s" as a length in both readings', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['They will play two more games in three days.'],
    ['They will play another two matches in three days.'],
    ['They have a game in three days.'],
  ])('leaves "%s" a date ahead in the news reading (more to come, a single game)', (text) => {
    expect(read(text)[0]).toEqual(['in three days = 2025-11-23']);
  });
});
