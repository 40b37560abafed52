import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import {
  opensWithTwelveAtNight,
  TWELVE_AT_NIGHT,
  TWELVE_BEFORE_MIDNIGHT,
} from './twelveAtNight.ts';

// Thursday 3 December 2026.
const THURSDAY = { published: '2026-12-03', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => m.value);
const timeml = (text: string) => findTimemlMentions(text, THURSDAY).map((m) => m.value);

describe("twelve o'clock with the night after its weekday", () => {
  it('finds "12 o\'clock" before a weekday and "night", with or without "on"', () => {
    expect("at 12 o'clock Saturday night".match(TWELVE_AT_NIGHT)).toEqual(["12 o'clock"]);
    expect(opensWithTwelveAtNight("12 o'clock on Friday night")).toBe(true);
    expect(opensWithTwelveAtNight("at 12 o'clock Friday night")).toBe(true);
  });

  it('does not find it with another part of the day, with none, or with another hour', () => {
    expect(opensWithTwelveAtNight("12 o'clock Saturday afternoon")).toBe(false);
    expect(opensWithTwelveAtNight("12 o'clock Saturday.")).toBe(false);
    expect(opensWithTwelveAtNight("11 o'clock Saturday night")).toBe(false);
  });

  it.each([
    ["The party ends at 12 o'clock Saturday night.", '2026-12-06T00:00', '2026-12-05T24'],
    ["The curfew starts at 12 o'clock on Friday night.", '2026-12-05T00:00', '2026-12-04T24'],
    ["The party ended at 12 o'clock Saturday night.", '2026-11-29T00:00', '2026-11-28T24'],
  ])('reads %j as the midnight that ends the day (news %s, TimeML %s)', (text, value, timex) => {
    expect(news(text)).toEqual([value]);
    expect(timeml(text)).toEqual([timex]);
  });

  it('still reads "12 o\'clock Saturday" and "12 o\'clock Saturday afternoon" as noon', () => {
    expect(news("We met at 12 o'clock Saturday.")).toEqual(['2026-11-28T12:00']);
    expect(news("Lunch starts at 12 o'clock Saturday afternoon.")).toEqual(['2026-12-05T12:00']);
  });

  it.each([
    ["The party ends at twelve o'clock Saturday night.", '2026-12-06T00:00', '2026-12-05T24'],
    ["The store closes at 12 o'clock tonight.", '2026-12-04T00:00', '2026-12-03T24'],
    ["Voting ends at twelve o'clock tonight.", '2026-12-04T00:00', '2026-12-03T24'],
  ])(
    'reads %j, twelve in words or before "tonight", as that midnight too (news %s, TimeML %s)',
    (text, value, timex) => {
      expect(news(text)).toEqual([value]);
      expect(timeml(text)).toEqual([timex]);
    },
  );

  it('still reads "twelve o\'clock Saturday afternoon" as noon and "11 o\'clock tonight" as 23:00', () => {
    expect(news("Lunch starts at twelve o'clock Saturday afternoon.")).toEqual([
      '2026-12-05T12:00',
    ]);
    expect(news("The store closes at 11 o'clock tonight.")).toEqual(['2026-12-03T23:00']);
    expect(news("Lunch is at 12 o'clock today.")).toEqual(['2026-12-03T12:00']);
  });
});

describe('twelve written before "midnight"', () => {
  it('finds "12" and "twelve" before "midnight", not before another word', () => {
    expect('by Jan. 31 at 12 midnight'.match(TWELVE_BEFORE_MIDNIGHT)).toEqual(['12 ']);
    expect('ends at twelve midnight'.match(TWELVE_BEFORE_MIDNIGHT)).toEqual(['twelve ']);
    expect('at 12 noon'.match(TWELVE_BEFORE_MIDNIGHT)).toBeNull();
  });

  it.each([
    ['Returns must be filed by Dec. 31 at 12 midnight.', 'Dec. 31 at 12 midnight', '2026-12-31T24'],
    ['The sale ends Sunday at 12 midnight.', 'Sunday at 12 midnight', '2026-12-06T24'],
  ])(
    'reads %j as one midnight that ends the day, not noon and a midnight',
    (text, words, timex) => {
      const found = findTimemlMentions(text, THURSDAY);
      expect(found.map((m) => [m.text, m.value])).toEqual([[words, timex]]);
    },
  );
});
