import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPastChangeByEnd } from './isPastChangeByEnd.ts';

// Wednesday 14 January 2026: the year gone by is 2025.
const JANUARY = { published: '2026-01-14', locale: 'en-US' } as const;
const year = (text: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, JANUARY).find((m) => m.text === 'the end of the year')?.value,
  );

describe('a change done with its amount by the end of a period', () => {
  it.each([
    'Home prices fell by 4% by the end of the year, the report said.',
    'Inflation rose by 2 points by the end of the year.',
    'Shares dropped by a third by the end of the year as orders dried up.',
  ])('reads "%s" as the year gone by', (text) => {
    expect(year(text)).toEqual(['2025', '2025']);
  });

  it.each([
    // A plan: the year to come.
    'The company expects sales to rise by 5% by the end of the year.',
    // A present perfect.
    'Prices have risen by 3% by the end of the year in most towns.',
  ])('leaves "%s" as this year', (text) => {
    expect(year(text)[0]).toMatch(/^2026/);
  });

  it('needs the amount of the change', () => {
    expect(isPastChangeByEnd('Home prices fell by 4% by ')).toBe(true);
    expect(isPastChangeByEnd('Home prices fell by ')).toBe(false);
    expect(isPastChangeByEnd('Home prices have fallen by 4% by ')).toBe(false);
  });
});
