import { describe, expect, it } from 'vitest';
import { abbreviatedWeekdayEnd } from './abbreviatedWeekdayEnd.ts';

/** Where chrono's mention of `words` in `text` ends by abbreviatedWeekdayEnd, as text. */
function endOf(text: string, words: string): string | undefined {
  const start = text.indexOf(words);
  const end = abbreviatedWeekdayEnd(text, start, start + words.length);
  return end === undefined ? undefined : text.slice(start, end);
}

describe('a weekday abbreviated', () => {
  it('reads "The suspect was arrested Tues. in Tucson" with the stop of "Tues." as the weekday\'s', () => {
    expect(endOf('The suspect was arrested Tues. in Tucson.', 'Tue')).toBe('Tues.');
  });

  it('reads "The Senate votes on Thurs." with the stop as the weekday\'s', () => {
    expect(endOf('The Senate votes on Thurs.', 'on Thurs')).toBe('on Thurs.');
  });

  it('reads no weekday in "The Sun reported the deal." nor in "Sat. on the board"', () => {
    expect(endOf('The Sun reported the deal.', 'The Sun')).toBeUndefined();
    expect(endOf('He Sat. on the board', 'Sat')).toBeUndefined();
  });

  it('reads no weekday in "Sun, Hewlett-Packard and others", an abbreviation with no stop', () => {
    expect(endOf('Sun, Hewlett-Packard and others rose.', 'Sun')).toBeUndefined();
    expect(endOf('Shares of Wed rose.', 'Wed')).toBeUndefined();
  });

  it('leaves the end of a mention that is no abbreviation ("on Tuesday") as it is', () => {
    expect(endOf('The talks resume on Tuesday.', 'on Tuesday')).toBe('on Tuesday');
  });
});
