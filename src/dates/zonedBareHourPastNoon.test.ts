import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { zonedBareHourPastNoon } from './zonedBareHourPastNoon.ts';

// A Wednesday.
const MARCH_13 = { published: '2024-03-13', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, MARCH_13).map((m) => [m.text, m.value]);

describe('a clock with no a.m. or p.m. and a US zone after it', () => {
  it.each([
    ['The game tips off at 7 PT on Friday.', 'at 7 PT on Friday', '2024-03-15T19:00'],
    ['Kickoff is at 8 ET Sunday.', 'at 8 ET Sunday', '2024-03-17T20:00'],
    [
      'The Lakers host the Celtics at 7:30 PT on Friday.',
      'at 7:30 PT on Friday',
      '2024-03-15T19:30',
    ],
    [
      'The Fed announces its decision at 2 ET on Wednesday.',
      'at 2 ET on Wednesday',
      '2024-03-13T14:00',
    ],
  ])('reads "%s" past noon', (text, words, value) => {
    expect(read(text)).toEqual([[words, value]]);
  });

  it('reads it so in TimeML mode too', () => {
    const found = findTimemlMentions('The game tips off at 7 PT on Friday.', MARCH_13);
    expect(found.map((m) => m.value)).toEqual(['2024-03-15T19:00']);
  });

  it.each([
    ['Good Morning America airs at 7 ET on Friday.', '2024-03-15T07:00'],
    ['The shop opens at 9 ET on Friday.', '2024-03-15T09:00'],
    ['The game starts at 7 a.m. ET on Friday.', '2024-03-15T07:00'],
  ])('keeps the hour of "%s" (no game, or a.m. written)', (text, value) => {
    expect(read(text).map(([, v]) => v)).toEqual([value]);
  });

  it('takes no clock without a US zone, nor one of 24 hours', () => {
    expect(
      zonedBareHourPastNoon('The game tips off at 7 on Friday.', 'at 7 on Friday', 18, 7),
    ).toBe(false);
    expect(zonedBareHourPastNoon('The game starts at 0930 ET.', 'at 0930 ET', 16, 9)).toBe(false);
  });
});
