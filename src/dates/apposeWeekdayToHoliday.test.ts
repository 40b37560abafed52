import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

describe('a weekday with a named day set beside it', () => {
  it('reads "next Monday, Labor Day", said on Saturday, Aug. 29, 2026, as Labor Day, Sept. 7', () => {
    const found = [
      ['next Monday', '2026-09-07'],
      ['Labor Day', '2026-09-07'],
    ];
    expect(read('The parade is next Monday, Labor Day.', '2026-08-29')).toEqual(found);
    expect(readTimeml('The parade is next Monday, Labor Day.', '2026-08-29')).toEqual(found);
  });

  it('reads "The government declared Thursday, New Year\'s Day, a day of prayer", said on Dec. 31, as the New Year\'s Day that is a Thursday', () => {
    const text = "The government declared Thursday, New Year's Day, a day of prayer.";
    for (const found of [read(text, '2025-12-31'), readTimeml(text, '2025-12-31')]) {
      expect(found.slice(0, 2)).toEqual([
        ['Thursday', '2026-01-01'],
        ["New Year's Day", '2026-01-01'],
      ]);
    }
  });

  it('leaves "on Friday, Christmas Day" apart where no Christmas near it is a Friday', () => {
    expect(read('Shops close on Friday, Christmas Day.', '2025-12-20')).toEqual([
      ['on Friday', '2025-12-26'],
      ['Christmas Day', '2025-12-25'],
    ]);
  });

  it('leaves "on Monday, Jones on Tuesday" two weekdays', () => {
    expect(read('He met Smith on Monday, Jones on Tuesday.', '2025-08-07')).toEqual([
      ['on Monday', '2025-08-04'],
      ['on Tuesday', '2025-08-05'],
    ]);
  });
});
