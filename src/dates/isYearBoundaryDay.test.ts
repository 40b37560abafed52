import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isYearBoundaryDay } from './isYearBoundaryDay.ts';

type Options = { published: string; locale: 'en-US' };
const said = (published: string): Options => ({ published, locale: 'en-US' });
const values = (text: string, options: Options) => [
  ...findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, options).map((m) => `timeml: ${m.text} = ${m.value}`),
];
// Any year's day: the month and day with no year.
const anyYears = (month: number, day: number) =>
  `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
// The day of the year `years` after the publication year.
const dayOf = (published: string, years: number, month: number, day: number) =>
  `${Number(published.slice(0, 4)) + years}-${anyYears(month, day).slice(5)}`;
const readings = (words: string, value: string) => [
  `${words} = ${value}`,
  `timeml: ${words} = ${value}`,
];

describe("the day a body's fiscal year ends, told in a relative clause", () => {
  it('reads "Apple, whose fiscal year ends Sept. 30, said sales rose 20%", said on 14 November 1989, as any year\'s Sept. 30', () => {
    const text = 'Apple, whose fiscal year ends Sept. 30, said sales rose 20%.';
    expect(values(text, said('1989-11-14'))).toEqual(readings('Sept. 30', anyYears(9, 30)));
  });

  it('reads "Texas Instruments has a fiscal year that ends Dec. 31", said on 6 February 1990, as any year\'s Dec. 31', () => {
    const text = 'Texas Instruments has a fiscal year that ends Dec. 31.';
    expect(values(text, said('1990-02-06'))).toEqual(readings('Dec. 31', anyYears(12, 31)));
  });

  it('reads "The bank changed its fiscal year, which now ends Dec. 31, to match its parent\'s", said on 17 January 1990, as any year\'s Dec. 31', () => {
    const text = "The bank changed its fiscal year, which now ends Dec. 31, to match its parent's.";
    expect(values(text, said('1990-01-17'))).toEqual(
      expect.arrayContaining(readings('Dec. 31', anyYears(12, 31))),
    );
  });

  it('reads "Sony, whose business year ends March 31, said profit rose", said on 11 June 1990, as any year\'s March 31', () => {
    const text = 'Sony, whose business year ends March 31, said profit rose.';
    expect(values(text, said('1990-06-11'))).toEqual(readings('March 31', anyYears(3, 31)));
  });

  it('reads "The thrift, which has a fiscal year ending June 30, lost $12 million", said on 9 April 1990, as any year\'s June 30', () => {
    const text = 'The thrift, which has a fiscal year ending June 30, lost $12 million.';
    expect(values(text, said('1990-04-09'))).toContain(`June 30 = ${anyYears(6, 30)}`);
  });

  it('keeps a main clause one year\'s: "The company\'s fiscal year ends Sept. 30", said on 13 November 1989, is 1990-09-30', () => {
    const text = "The company's fiscal year ends Sept. 30.";
    const published = '1989-11-13';
    expect(values(text, said(published))).toEqual(readings('Sept. 30', dayOf(published, 1, 9, 30)));
  });

  it('keeps one year\'s: "The government\'s current fiscal year, which ends Sept. 30, will show a deficit", said on 15 May 1990, is 1990-09-30', () => {
    const text = "The government's current fiscal year, which ends Sept. 30, will show a deficit.";
    const published = '1990-05-15';
    expect(values(text, said(published))).toContain(`Sept. 30 = ${dayOf(published, 0, 9, 30)}`);
  });

  it('keeps a past: "The company, whose fiscal year ended June 30, reported a loss", said on 15 August 1989, is 1989-06-30', () => {
    const text = 'The company, whose fiscal year ended June 30, reported a loss.';
    const published = '1989-08-15';
    expect(values(text, said(published))).toEqual(readings('June 30', dayOf(published, 0, 6, 30)));
  });

  it('keeps one year\'s: "In a fiscal year ending June 30, the company earned $4 million", said on 14 November 1989, is 1989-06-30', () => {
    const text = 'In a fiscal year ending June 30, the company earned $4 million.';
    const published = '1989-11-14';
    expect(values(text, said(published))).toEqual(readings('June 30', dayOf(published, 0, 6, 30)));
  });

  it('keeps a day with its year: "Revenue for a fiscal year ending June 30, 1990, should reach $2 billion" is 1990-06-30', () => {
    const text = 'Revenue for a fiscal year ending June 30, 1990, should reach $2 billion.';
    expect(values(text, said('1989-11-08'))).toContain('June 30, 1990 = 1990-06-30');
  });

  it('keeps another relative clause\'s day: "The company, whose offer expires Dec. 15, said …", said on 20 November 1989, is 1989-12-15', () => {
    const text = 'The company, whose offer expires Dec. 15, said it had 40% of the shares.';
    const published = '1989-11-20';
    expect(values(text, said(published))).toEqual(readings('Dec. 15', dayOf(published, 0, 12, 15)));
  });

  it('keeps a quarter\'s end: "Results for the quarter, which ends Dec. 31, will be reported" is 1989-12-31', () => {
    const text = 'Results for the quarter, which ends Dec. 31, will be reported soon.';
    const published = '1989-11-27';
    expect(values(text, said(published))).toContain(`Dec. 31 = ${dayOf(published, 0, 12, 31)}`);
  });

  it('does not take "the fiscal year that ends Sept. 30", which names one year', () => {
    const text = 'Spending in the fiscal year that ends Sept. 30 will rise.';
    const start = text.indexOf('Sept.');
    expect(isYearBoundaryDay(text, start, start + 'Sept. 30'.length)).toBe(false);
  });
});
