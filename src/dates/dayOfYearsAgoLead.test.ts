import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { dayOfYearsAgoLead } from './dayOfYearsAgoLead.ts';

const said = (published: string) => ({ published, locale: 'en-US' }) as const;
const values = (text: string, published: string) => [
  ...findMentions(text, said(published)).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, said(published)).map((m) => `timeml: ${m.text} = ${m.value}`),
];
// The day `years` before the publication year.
const yearsBefore = (published: string, years: number, monthDay: string) =>
  `${Number(published.slice(0, 4)) - years}-${monthDay}`;
const both = (words: string, value: string) => [
  `${words} = ${value}`,
  `timeml: ${words} = ${value}`,
];

describe('a day that opens a sentence after a count of years gone by', () => {
  it('reads "Two years ago, Oct. 19 became Black Monday", said on 18 October 1989, as the day two years back', () => {
    const published = '1989-10-18';
    expect(values('Two years ago, Oct. 19 became Black Monday.', published)).toEqual(
      expect.arrayContaining(both('Oct. 19', yearsBefore(published, 2, '10-19'))),
    );
  });

  it('reads "A year ago, Oct. 13 became known as the mini-crash", said on 8 October 1990, as the day a year back', () => {
    const published = '1990-10-08';
    expect(values('A year ago, Oct. 13 became known as the mini-crash.', published)).toEqual(
      expect.arrayContaining(both('Oct. 13', yearsBefore(published, 1, '10-13'))),
    );
  });

  it('reads "Ten years ago, March 27 became Silver Thursday for the Hunt brothers", said on 12 March 1990, as the day ten years back', () => {
    const published = '1990-03-12';
    const text = 'Ten years ago, March 27 became Silver Thursday for the Hunt brothers.';
    expect(values(text, published)).toEqual(
      expect.arrayContaining(both('March 27', yearsBefore(published, 10, '03-27'))),
    );
  });

  it('reads "Oct. 19 became Black Monday two years ago", said on 17 October 1989, as the day two years back', () => {
    const published = '1989-10-17';
    expect(values('Oct. 19 became Black Monday two years ago.', published)).toEqual(
      expect.arrayContaining(both('Oct. 19', yearsBefore(published, 2, '10-19'))),
    );
  });

  it('keeps "Two years after the crash, Oct. 13 became the day the junk market cracked", said on 20 October 1989, that year\'s', () => {
    const published = '1989-10-20';
    const text = 'Two years after the crash, Oct. 13 became the day the junk market cracked.';
    expect(values(text, published)).toEqual(
      expect.arrayContaining(both('Oct. 13', yearsBefore(published, 0, '10-13'))),
    );
  });

  it('keeps "Two years ago the market crashed; this year Oct. 13 became a reminder", said on 18 October 1989, that year\'s', () => {
    const published = '1989-10-18';
    const text = 'Two years ago the market crashed; this year Oct. 13 became a reminder.';
    expect(values(text, published)).toEqual(
      expect.arrayContaining(both('Oct. 13', yearsBefore(published, 0, '10-13'))),
    );
  });

  it('keeps "Three years ago he became chairman; on Jan. 3 he resigned", said on 5 January 1990, that year\'s', () => {
    const published = '1990-01-05';
    const text = 'Three years ago he became chairman; on Jan. 3 he resigned.';
    expect(values(text, published)).toEqual(
      expect.arrayContaining(both('Jan. 3', yearsBefore(published, 0, '01-03'))),
    );
  });

  it('does not take a day after the lead that is no subject of "became" ("Two years ago, Oct. 19 stocks fell")', () => {
    const text = 'Two years ago, Oct. 19 stocks fell.';
    const start = text.indexOf('Oct. 19');
    const end = start + 'Oct. 19'.length;
    expect(
      dayOfYearsAgoLead({ text, start, end, month: 10, day: 19, published: '1989-10-18' }),
    ).toBeUndefined();
  });

  it('keeps "June 30 became the deadline under a law passed two years ago, and lawmakers now want to delay it", said on 10 May 1990, not the day two years back', () => {
    const text =
      'June 30 became the deadline under a law passed two years ago, and lawmakers now want to delay it.';
    const start = text.indexOf('June');
    expect(
      dayOfYearsAgoLead({
        text,
        start,
        end: start + 'June 30'.length,
        month: 6,
        day: 30,
        published: '1990-05-10',
      }),
    ).toBe(undefined);
  });

  it('reads "Two years ago, Oct. 19 became Black Monday for thousands of small investors", said on 8 January 1990, as the Oct. 19 nearest two years back', () => {
    const published = '1990-01-08'; // two years back is 8 January 1988; Oct. 19 of 1987 is nearer it
    const text = 'Two years ago, Oct. 19 became Black Monday for thousands of small investors.';
    expect(values(text, published)).toEqual(
      expect.arrayContaining(both('Oct. 19', yearsBefore(published, 3, '10-19'))),
    );
  });

  it('reads "A year ago, Feb. 2 was the day the deal closed", said on 28 December 1990, as the Feb. 2 nearest a year back', () => {
    const published = '1990-12-28'; // a year back is 28 December 1989; Feb. 2 of 1990 is nearer it
    const text = 'A year ago, Feb. 2 was the day the deal closed.';
    expect(values(text, published)).toEqual(
      expect.arrayContaining(both('Feb. 2', yearsBefore(published, 0, '02-02'))),
    );
  });
});
