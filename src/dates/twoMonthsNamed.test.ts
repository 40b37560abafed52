import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { twoMonthsNamed } from './twoMonthsNamed.ts';

// A Thursday.
const DECEMBER_3 = { published: '2026-12-03', locale: 'en-GB' } as const;
const news = (text: string) =>
  findMentions(text, DECEMBER_3).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, DECEMBER_3).map((m) => [m.text, m.value] as const);

describe('two months named alone joined by "to"', () => {
  it('reads "the price cap for January to March" as one stretch in the news reading', () => {
    expect(news('The price cap for January to March will rise by 2%.')).toEqual([
      ['January to March', '2027-01/2027-03'],
    ]);
  });

  it('keeps the two months apart in TimeML mode', () => {
    expect(timeml('The price cap for January to March will rise by 2%.')).toEqual([
      ['January', '2027-01'],
      ['March', '2027-03'],
    ]);
  });

  it('reads "through" between two months alike', () => {
    expect(news('He spent April through June in hospital.')).toEqual([
      ['April through June', '2026-04/2026-06'],
    ]);
  });

  it('does not join two months when one replaces the other', () => {
    expect(news('The vote was moved January to March.').map(([words]) => words)).toEqual([
      'January',
      'March',
    ]);
  });

  it('does not join two months set side by side in a comparison', () => {
    expect(news('He compared January to March and found sales were flat.')).toEqual([
      ['January', '2026-01'],
      ['March', '2026-03'],
    ]);
  });

  it('does not take weekdays or a short form for two months named alone', () => {
    const month = 'month' as const;
    expect(
      twoMonthsNamed({ text: 'Jan', granularity: month }, { text: 'March', granularity: month }),
    ).toBe(false);
    expect(
      twoMonthsNamed(
        { text: 'Monday', granularity: 'day' },
        { text: 'Friday', granularity: 'day' },
      ),
    ).toBe(false);
  });
});
