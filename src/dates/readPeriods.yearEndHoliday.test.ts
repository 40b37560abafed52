import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const yearOf = (published: string, back = 0) => String(Number(published.slice(0, 4)) - back);

describe('the year-end holidays', () => {
  it('reads "Trading was thin as the year-end holiday approached", said on 28 December 1989, as the end of 1989', () => {
    const published = '1989-12-28';
    const text = 'Trading was thin as the year-end holiday approached.';
    expect(read(text, published)).toContain(`year-end = ${yearOf(published)}`);
    expect(readTimeml(text, published)).toContain(`year-end = ${yearOf(published)}`);
  });

  it('reads "Bond dealers expect little activity over the year-end holidays", said on 20 December 1990, as 1990', () => {
    const published = '1990-12-20';
    expect(
      read('Bond dealers expect little activity over the year-end holidays.', published),
    ).toContain(`year-end = ${yearOf(published)}`);
  });

  it('reads "Sales during the year-end holidays were disappointing", said on 3 January 1990, as the year just gone', () => {
    const published = '1990-01-03';
    expect(
      read('Retailers said sales during the year-end holidays were disappointing.', published),
    ).toContain(`year-end = ${yearOf(published, 1)}`);
  });

  it('leaves "year-end bonuses" and "last year\'s year-end holidays" without a year-end of publication', () => {
    expect(read('Year-end bonuses on Wall Street were smaller.', '1990-01-05')).toEqual([]);
    const found = read("Sales during last year's year-end holidays were weak.", '1989-12-20');
    expect(found.some((m) => m.startsWith('year-end'))).toBe(false);
  });
});
