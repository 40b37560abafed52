import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 4 December 2026: the Tuesday gone by is the 1st, the coming one the 8th.
const FRIDAY = { published: '2026-12-04', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, FRIDAY).map((m) => `${m.text} = ${m.value}`),
  );

describe('a present passive of announcing before a day', () => {
  it.each([
    ['Nominations are announced Tuesday.', 'Tuesday = 2026-12-08'],
    ['Oscar nominations are announced Tuesday in Los Angeles.', 'Tuesday = 2026-12-08'],
    ['The winners are named Thursday at a ceremony in London.', 'Thursday = 2026-12-10'],
    ['Results are published Wednesday, the board said.', 'Wednesday = 2026-12-09'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['Nominations were announced Tuesday.', 'Tuesday = 2026-12-01'],
    ['Nominations announced Tuesday', 'Tuesday = 2026-12-01'],
    ['The academy announced Tuesday that the ceremony would move.', 'Tuesday = 2026-12-01'],
    ['The deal has been announced Tuesday.', 'Tuesday = 2026-12-01'],
  ])('keeps the day gone by in "%s"', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });
});
