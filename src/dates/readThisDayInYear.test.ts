import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 20 July 2026.
const MONDAY = { published: '2026-07-20', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);

describe('"this day" or "this date" in a year named or counted back', () => {
  it('reads "On this day in 1969, Apollo 11 landed on the Moon" as 20 July 1969', () => {
    const text = 'On this day in 1969, Apollo 11 landed on the Moon.';
    expect(news(text)).toEqual(['this day in 1969 = 1969-07-20']);
    expect(timeml(text)).toEqual(['this day in 1969 = 1969-07-20']);
  });

  it('reads "It was on this date in 1944 that the Allies landed" as 20 July 1944', () => {
    expect(news('It was on this date in 1944 that the Allies landed.')).toEqual([
      'this date in 1944 = 1944-07-20',
    ]);
  });

  it('reads "On this day, 50 years ago, the pier burned" as 20 July 1976', () => {
    const text = 'On this day, 50 years ago, the pier burned.';
    expect(news(text)).toEqual(['this day, 50 years ago = 1976-07-20']);
    expect(timeml(text)).toEqual(['this day, 50 years ago = 1976-07-20']);
  });

  it('reads "On this day a year ago" by one year and "eighty years ago" in words', () => {
    expect(news('On this day a year ago, the pier burned.')).toEqual([
      'this day a year ago = 2025-07-20',
    ]);
    expect(news('On this day eighty years ago, the assembly met.')).toEqual([
      'this day eighty years ago = 1946-07-20',
    ]);
  });

  it('leaves "to this day", a year ahead and "this day in history" to the other readings', () => {
    expect(news('The cause remains a mystery to this day in 1990s terms.')).toEqual([
      '1990s = 199X',
    ]);
    expect(news('On this day in 2030 the tunnel will open.')).toEqual(['2030 = 2030']);
    expect(news('This day in history: the pier burned.')).toEqual([]);
  });

  it('leaves "this date in 1990s money" to the decade', () => {
    expect(news('Prices on this date in 1990s money were lower.')).toEqual(['1990s = 199X']);
  });
});
