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

  it('reads "The game tips off at 7 PT on Friday.", said on 13 March 2024, in TimeML mode as 2024-03-15T19:00', () => {
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

  it.each([
    ['2024-11-08', 'The White House hosts a briefing at 10 ET on Monday.', '2024-11-11T10:00'],
    ['2024-09-05', 'Apple hosts its product event at 10 PT on Monday.', '2024-09-09T10:00'],
    ['2024-06-04', 'The games industry showcase opens at 9 PT on Friday.', '2024-06-07T09:00'],
    [
      '2024-10-10',
      'The Jaguars-Bills game in London kicks off at 9:30 ET Sunday.',
      '2024-10-13T09:30',
    ],
    [
      '2024-10-10',
      "The Tigers' game against Alabama kicks off at 11 CT Saturday.",
      '2024-10-12T11:00',
    ],
    ['2024-11-08', 'The White House hosts a briefing at 8 ET on Monday.', '2024-11-11T08:00'],
  ])(
    'keeps the morning of "%s" (from 9 on a game may start in the morning; no team hosted)',
    (published, text, value) => {
      const found = findMentions(text, { published, locale: 'en-US' });
      expect(found.map((m) => m.value)).toEqual([value]);
    },
  );
});
