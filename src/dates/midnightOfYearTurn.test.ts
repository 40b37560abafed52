import { describe, expect, it } from 'vitest';
import { endOfDay } from './endOfDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

const NEW_YEARS_DAY = '2000-01-01';
// The day before the new year's first: the old year's last.
const OLD_YEARS_LAST_DAY = shiftTimex(NEW_YEARS_DAY, { amount: -1, unit: 'day' });

describe('midnightOfYearTurn', () => {
  it('reads "Fireworks lit the harbor as the clocks passed midnight", said on 1 January 2000, as the old year\'s end in TimeML mode', () => {
    const text = 'Fireworks lit the harbor as the clocks passed midnight.';
    expect(readTimeml(text, NEW_YEARS_DAY)).toEqual([
      ['midnight', endOfDay(OLD_YEARS_LAST_DAY, { timeml: true })],
    ]);
    expect(read(text, NEW_YEARS_DAY)).toEqual([
      ['midnight', endOfDay(OLD_YEARS_LAST_DAY, { timeml: false })],
    ]);
  });

  it('reads "Crowds in Times Square roared at midnight", said on 1 January 2000, likewise', () => {
    const text = 'Crowds in Times Square roared at midnight.';
    expect(readTimeml(text, NEW_YEARS_DAY)).toEqual([
      ['midnight', endOfDay(OLD_YEARS_LAST_DAY, { timeml: true })],
    ]);
    expect(read(text, NEW_YEARS_DAY)).toEqual([
      ['midnight', endOfDay(OLD_YEARS_LAST_DAY, { timeml: false })],
    ]);
  });

  it('leaves "Polls closed at midnight", said on 4 November 2026, on the start of its day', () => {
    const published = '2026-11-04';
    expect(readTimeml('Polls closed at midnight.', published)).toEqual([
      ['midnight', endOfDay(published, { keepStart: true })],
    ]);
  });
});
