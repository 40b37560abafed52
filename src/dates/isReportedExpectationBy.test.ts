import { addDays, addYears, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isReportedExpectationBy } from './isReportedExpectationBy.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const newYear = '1990-01-03'; // three days after the year turned
const november = '1989-11-20'; // twenty days after Oct. 31
const yearOf = (published: string) => parseISO(published).getFullYear();
// A day of the publication year, and the same day a year before.
const ofYear = (published: string, monthDay: string) => `${yearOf(published)}-${monthDay}`;
const yearBefore = (published: string, monthDay: string) =>
  format(addYears(parseISO(ofYear(published, monthDay)), -1), 'yyyy-MM-dd');
const values = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => m.value);
const timemlValues = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => m.value);

describe('isReportedExpectationBy', () => {
  it('finds "said" and a subject, then "expected to" a deed "by" the day', () => {
    for (const text of [
      'The company said it expected to complete the sale by Dec. 31.',
      'Analysts said they expected the merger to be completed by Dec. 1.',
      'The agency said the board expected to approve the plan by Dec. 15.',
    ])
      expect(isReportedExpectationBy(text, text.indexOf('Dec.'))).toBe(true);
  });

  it('leaves one held before, one a "but" says failed, and one not reported', () => {
    for (const text of [
      'The company said it had expected to complete the sale by Dec. 31.',
      'The company had said it expected to close the deal by Dec. 31.',
      'The company had previously said it expected to close the deal by Dec. 31.',
      'The company said it expected to complete the sale by Dec. 31, but regulators balked.',
      'The company expected to complete the sale by Dec. 31.',
      'The company said it expects to complete the sale by Dec. 31.',
    ])
      expect(isReportedExpectationBy(text, text.indexOf('Dec.'))).toBe(false);
  });
});

describe('an expectation told in reported speech', () => {
  const sale = 'The company said it expected to complete the sale by Dec. 31.';
  it(`reads "${sale}", said on 3 January 1990, as ${ofYear(newYear, '12-31')} (was ${yearBefore(newYear, '12-31')})`, () => {
    expect(values(sale, newYear)).toEqual([ofYear(newYear, '12-31')]);
    expect(timemlValues(sale, newYear)).toEqual([ofYear(newYear, '12-31')]);
  });

  const october = 'The company said it expected to complete the sale by Oct. 31.';
  it(`reads "${october}", said on 20 November 1989, as the deadline gone by, ${ofYear(november, '10-31')}`, () => {
    expect(values(october, november)).toEqual([ofYear(november, '10-31')]);
    expect(timemlValues(october, november)).toEqual([ofYear(november, '10-31')]);
  });

  const merger = 'Analysts said they expected the merger to be completed by Dec. 1.';
  it(`reads "${merger}", said on 3 January 1990, a month after, as the one gone by, ${yearBefore(newYear, '12-01')}`, () => {
    expect(values(merger, newYear)).toEqual([yearBefore(newYear, '12-01')]);
  });

  it('reads ahead a deadline gone by a week at most, not one gone by eight days', () => {
    const day = (published: string) => parseISO(published);
    const week = format(addDays(day('1990-12-31'), 7), 'yyyy-MM-dd');
    const eightDays = format(addDays(day('1990-12-31'), 8), 'yyyy-MM-dd');
    expect(values(sale, week)).toEqual(['1991-12-31']);
    expect(values(sale, eightDays)).toEqual(['1990-12-31']);
  });

  it(`keeps one a "but" says failed, one held before and one not reported on ${yearBefore(newYear, '12-31')}`, () => {
    for (const text of [
      'The company said it expected to complete the sale by Dec. 31, but regulators balked.',
      'The company said it had expected to complete the sale by Dec. 31.',
      'The company expected to complete the sale by Dec. 31.',
    ])
      expect(values(text, newYear)).toEqual([yearBefore(newYear, '12-31')]);
  });

  const hadSaid = 'The company had said it expected to close the deal by Dec. 31.';
  it(`reads "${hadSaid}", said on 3 January 1990, as the day gone by, ${yearBefore(newYear, '12-31')} (was ${ofYear(newYear, '12-31')})`, () => {
    expect(values(hadSaid, newYear)).toEqual([yearBefore(newYear, '12-31')]);
    expect(timemlValues(hadSaid, newYear)).toEqual([yearBefore(newYear, '12-31')]);
  });
});

describe('a reported expectation an "and" after its day says was met', () => {
  const october = '1989-10-25'; // five days after Oct. 20
  it('reads "Analysts said they expected the Fed to cut rates by Oct. 20, and it did", said on 25 October 1989, as the day gone by', () => {
    const text = 'Analysts said they expected the Fed to cut rates by Oct. 20, and it did.';
    expect(isReportedExpectationBy(text, text.indexOf('Oct.'))).toBe(false);
    expect(values(text, october)).toEqual([ofYear(october, '10-20')]);
    expect(timemlValues(text, october)).toEqual([ofYear(october, '10-20')]);
  });

  it('reads "Dealers said they expected the bid to be raised by Dec. 15, and it was", said on 20 December 1989, as the day gone by', () => {
    const on = '1989-12-20';
    const text = 'Dealers said they expected the bid to be raised by Dec. 15, and it was.';
    expect(values(text, on)).toEqual([ofYear(on, '12-15')]);
  });

  it('keeps one another clause follows: "Analysts said they expected the Fed to cut rates by Dec. 20, and bond prices rose", said on 25 October 1989, the coming day', () => {
    const text =
      'Analysts said they expected the Fed to cut rates by Dec. 20, and bond prices rose.';
    expect(isReportedExpectationBy(text, text.indexOf('Dec.'))).toBe(true);
    expect(values(text, october)).toEqual([ofYear(october, '12-20')]);
  });
});
