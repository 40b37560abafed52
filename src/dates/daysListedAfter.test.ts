import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const news = (text: string, published: string) =>
  findMentions(text, on(published)).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string, published: string) =>
  findTimemlMentions(text, on(published)).map((m) => `${m.text} ${m.value}`);

describe('the days of a list written month first', () => {
  it.each([
    [
      'Controllers will walk out on Dec. 20, 21 and 22.',
      '2026-12-02',
      ['Dec. 20 2026-12-20', '21 2026-12-21', '22 2026-12-22'],
    ],
    [
      'Strikes were held on Jan. 8, 9 and 10.',
      '2026-02-10',
      ['Jan. 8 2026-01-08', '9 2026-01-09', '10 2026-01-10'],
    ],
    [
      'Polling stations open on October 1, 2, 3 and 4.',
      '2026-09-09',
      ['October 1 2026-10-01', '2 2026-10-02', '3 2026-10-03', '4 2026-10-04'],
    ],
  ])('reads every day of %j, in the first day’s month and year', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
    expect(timeml(text, published)).toEqual(found);
  });

  it.each([
    ['The fair ran on July 14 and 15 this year.', '15 2026-07-15'],
    ['The race takes place on June 20 and 21 next year.', '21 2027-06-21'],
  ])('reads the second day of a pair before a year word in %j', (text, second) => {
    expect(news(text, '2026-09-09')).toContain(second);
    expect(timeml(text, '2026-09-09')).toContain(second);
  });

  it.each([
    ['He scored on May 2, 3 and 4 others followed.', 'May 2'],
    ['Prices on Jan. 5, 3 and 4 percent were quoted.', 'Jan. 5'],
    ['Sales rose on March 3, 10 and 12 percent in the two regions.', 'March 3'],
  ])('reads no list in %j: a count, a figure, days that do not rise', (text, first) => {
    expect(news(text, '2026-03-11').map((m) => m.replace(/ \S+$/, ''))).toEqual([first]);
  });
});
