import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { laterPartAfterDay } from './laterPartAfterDay.ts';

// A Wednesday.
const MARCH_13 = { published: '2024-03-13', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, MARCH_13).map((m) => [m.text, m.value]);

describe('a bare hour with a later part of the day after its weekday', () => {
  it.each([
    ["We met at about 10 o'clock Sunday night.", "at about 10 o'clock Sunday", '2024-03-10T22:00'],
    ['The fire broke out at 10 Sunday night.', 'at 10 Sunday', '2024-03-10T22:00'],
    ["He called at 9 o'clock Friday evening.", "at 9 o'clock Friday", '2024-03-08T21:00'],
    ["She left at 3 o'clock Saturday afternoon.", "at 3 o'clock Saturday", '2024-03-09T15:00'],
    [
      "Shots rang out at 11 o'clock on Sunday night.",
      "at 11 o'clock on Sunday",
      '2024-03-10T23:00',
    ],
  ])('reads "%s" as that part\'s hour past noon', (text, words, value) => {
    expect(read(text)).toEqual([[words, value]]);
  });

  it('reads "We met at about 10 o\'clock Sunday night.", said on 13 March 2024, in TimeML mode as 2024-03-10T22:00', () => {
    const found = findTimemlMentions("We met at about 10 o'clock Sunday night.", MARCH_13);
    expect(found.map((m) => m.value)).toEqual(['2024-03-10T22:00']);
  });

  it.each([
    ["They arrived at 9 o'clock Friday morning.", '2024-03-08T09:00'],
    ["The fire broke out at about 2 o'clock Sunday night.", '2024-03-10T02:00'],
    ["The store opens at 10 o'clock Sunday. Night shifts start later.", '2024-03-17T10:00'],
    ["She left at 11 o'clock Saturday afternoon.", '2024-03-09T11:00'],
  ])('keeps the hour of "%s" (a morning, the small hours, a part not its own)', (text, value) => {
    expect(read(text).map(([, v]) => v)).toEqual([value]);
  });

  it('holds no part that opens a title ("Sunday Night Football") nor a clock with no weekday', () => {
    expect(laterPartAfterDay('at 8 Sunday Night Football', 'at 8 Sunday', 11, 8)).toBe(false);
    expect(laterPartAfterDay('at 8 tonight', 'at 8', 4, 8)).toBe(false);
    expect(laterPartAfterDay('at 8 Sunday night', 'at 8 Sunday', 11, 8)).toBe(true);
  });
});
