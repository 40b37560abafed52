import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { midnightAfterDayEndsIt } from './midnightAfterDayEndsIt.ts';

// A Wednesday.
const JANUARY_14 = { published: '2026-01-14', locale: 'en-GB' } as const;
const news = (text: string) =>
  findMentions(text, JANUARY_14).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, JANUARY_14).map((m) => [m.text, m.value] as const);

describe('a day written before the midnight that ends it', () => {
  it('reads "The sale ends Sunday at midnight" as the end of the coming Sunday', () => {
    expect(news('The sale ends Sunday at midnight.')).toEqual([
      ['Sunday at midnight', '2026-01-19T00:00'],
    ]);
    expect(timeml('The sale ends Sunday at midnight.')).toEqual([
      ['Sunday at midnight', '2026-01-18T24'],
    ]);
  });

  it('reads a day and month after "by" or a verb of expiring as the end of that day', () => {
    expect(news('Returns must be filed by 31 January at midnight.')).toEqual([
      ['31 January at midnight', '2026-02-01T00:00'],
    ]);
    const us = findTimemlMentions('The deal expires Jan. 31 at midnight.', {
      published: '2026-01-14',
      locale: 'en-US',
    });
    expect(us.map((m) => [m.text, m.value] as const)).toEqual([
      ['Jan. 31 at midnight', '2026-01-31T24'],
    ]);
  });

  it('reads "Absentee ballots had to arrive by Friday midnight", said on Monday 20 November 2000, as 2000-11-17T24 in TimeML', () => {
    const text = 'Absentee ballots from overseas had to arrive by Friday midnight to be counted.';
    const monday = { published: '2000-11-20', locale: 'en-US' } as const;
    expect(findTimemlMentions(text, monday).map((m) => [m.text, m.value] as const)).toEqual([
      ['Friday midnight', '2000-11-17T24'],
    ]);
  });

  it('reads "Friday midnight" after a verb of starting or of ending as the midnight that ends the Friday, as readChrono reads a weekday before its midnight', () => {
    expect(news('The curfew starts Friday midnight.')).toEqual([
      ['Friday midnight', '2026-01-17T00:00'],
    ]);
    expect(timeml('The strike will end Friday midnight.')).toEqual([
      ['Friday midnight', '2026-01-16T24'],
    ]);
  });

  it('reads an ending told in the past as the end of the day gone by', () => {
    expect(news('The offer ended Sunday at midnight.')).toEqual([
      ['Sunday at midnight', '2026-01-12T00:00'],
    ]);
  });

  it('keeps the start of the day of publication when its ending is told in the past', () => {
    const friday = findMentions('The offer ended Friday at midnight.', {
      published: '2026-01-16',
      locale: 'en-GB',
    });
    expect(friday.map((m) => [m.text, m.value] as const)).toEqual([
      ['Friday at midnight', '2026-01-16T00:00'],
    ]);
  });

  it('does not end the day after a verb of starting or with no verb of ending', () => {
    expect(news('The curfew starts Friday at midnight.')).toEqual([
      ['Friday at midnight', '2026-01-16T00:00'],
    ]);
    expect(timeml('The attack happened on Sunday at midnight.')).toEqual([
      ['Sunday at midnight', '2026-01-11T00:00'],
    ]);
    expect(midnightAfterDayEndsIt('The sale ends at midnight on Sunday.', 14, 35)).toBe(false);
  });
});
