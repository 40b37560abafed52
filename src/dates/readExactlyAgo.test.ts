import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const SAID = { published: '2026-04-22', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, SAID).map((m) => `${m.text} = ${m.value}`),
  );

describe('"exactly" before a count back', () => {
  it.each([
    ['Exactly a year ago, the factory shut for good.', 'a year ago = 2025-04-22'],
    ['It was exactly a year ago that the tower caught fire.', 'a year ago = 2025-04-22'],
    ['Exactly two years ago, the plant exploded.', 'two years ago = 2024-04-22'],
    ['The bank collapsed exactly six months ago.', 'six months ago = 2025-10-22'],
  ])('reads "%s" as the day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['A year ago, the plant exploded.', 'A year ago = 2025'],
    ['Exactly a year ago today, the storm struck.', 'a year ago today = 2025-04-22'],
  ])('leaves "%s" to the other readings', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });
});
