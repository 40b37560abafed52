import { describe, expect, it } from 'vitest';
import { endOfDay } from './endOfDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { midnightOfIntent } from './midnightOfIntent.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

// Saturday 5 August 2000, the eve of the Verizon strike.
const SATURDAY = '2000-08-05';

describe('midnightOfIntent', () => {
  it('reads "The unions planned to walk out at midnight Saturday if no contract was signed", said that Saturday, as the midnight that ends it', () => {
    const text = 'The unions planned to walk out at midnight Saturday if no contract was signed.';
    expect(midnightOfIntent(text, text.indexOf('midnight'))).toBe(true);
    expect(read(text, SATURDAY)).toEqual([['midnight Saturday', endOfDay(SATURDAY, {})]]);
    expect(readTimeml(text, SATURDAY)).toEqual([
      ['midnight Saturday', endOfDay(SATURDAY, { timeml: true })],
    ]);
  });

  it('reads "The Teamsters threatened to strike at midnight Friday if talks failed", said that Friday, as the midnight that ends it', () => {
    const friday = '1998-06-05';
    const text = 'The Teamsters threatened to strike at midnight Friday if talks failed.';
    expect(readTimeml(text, friday)).toEqual([
      ['midnight Friday', endOfDay(friday, { timeml: true })],
    ]);
  });

  it('leaves "The union walked out at midnight Saturday after talks broke down", a deed said that Saturday, at the midnight that opens it', () => {
    const text = 'The union walked out at midnight Saturday after talks broke down.';
    expect(midnightOfIntent(text, text.indexOf('midnight'))).toBe(false);
    expect(readTimeml(text, SATURDAY)).toEqual([
      ['midnight Saturday', endOfDay(SATURDAY, { timeml: true, keepStart: true })],
    ]);
  });

  it('leaves "The union voted to strike and walked out at midnight Saturday", the deed after "and", at the midnight that opens it', () => {
    const text = 'The union voted to strike and walked out at midnight Saturday.';
    expect(midnightOfIntent(text, text.indexOf('midnight'))).toBe(false);
    expect(read(text, SATURDAY)).toEqual([
      ['midnight Saturday', endOfDay(SATURDAY, { keepStart: true })],
    ]);
  });
});
