import { addYears, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isExpectedByDeadline } from './isExpectedByDeadline.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const published = '1990-01-03'; // three days after the year turned
const options = { published, locale: 'en-US' } as const;
const year = parseISO(published).getFullYear();
// The day of this year and of the year just gone.
const ahead = (monthDay: string) => `${year}-${monthDay}`;
const gone = (monthDay: string) =>
  format(addYears(parseISO(`${year}-${monthDay}`), -1), 'yyyy-MM-dd');
const values = (text: string) => findMentions(text, options).map((m) => m.value);
const timemlValues = (text: string) => findTimemlMentions(text, options).map((m) => m.value);

describe('isExpectedByDeadline', () => {
  it('finds an expectation, a hope or a plan of a deed, then "by" before the day', () => {
    for (const text of [
      'It expects to complete the sale by Dec. 31.',
      'The company hopes to close the transaction by Dec. 31.',
      'The agency plans to sell the 40 institutions by Dec. 15.',
      'The acquisition is expected to be completed by Dec. 31.',
      'The company said the plant will be sold by Dec. 31.',
    ])
      expect(isExpectedByDeadline(text, text.indexOf('Dec.'))).toBe(true);
  });

  it('leaves a past expectation and a deed done', () => {
    for (const text of [
      'The company had expected to complete the sale by Dec. 31, but regulators balked.',
      'The company said it completed the sale on Dec. 29.',
      'It expects to complete the sale. Prices fell by Dec. 31.',
      'Officials who will oversee the vote were appointed by Dec. 31.',
      'Analysts will watch whether sales fell by Dec. 31.',
      'The will was signed by Dec. 31.',
      'Its plans to sell the unit collapsed by Dec. 28.',
      "The company's hopes to close the deal faded by Dec. 29.",
    ])
      expect(isExpectedByDeadline(text, text.lastIndexOf('Dec.'))).toBe(false);
  });
});

describe('a deadline still expected to be met, said just after the year turned', () => {
  it(`reads "The company said it expects to complete the sale by Dec. 31", said on 3 January 1990, as ${ahead('12-31')} (was ${gone('12-31')})`, () => {
    const text = 'The company said it expects to complete the sale by Dec. 31.';
    expect(values(text)).toEqual([ahead('12-31')]);
    expect(timemlValues(text)).toEqual([ahead('12-31')]);
  });

  it(`reads "The acquisition is expected to be completed by Dec. 31" and "The company said the plant will be sold by Dec. 31" as ${ahead('12-31')}`, () => {
    expect(values('The acquisition is expected to be completed by Dec. 31.')).toEqual([
      ahead('12-31'),
    ]);
    expect(values('The company said the plant will be sold by Dec. 31.')).toEqual([ahead('12-31')]);
  });

  it(`reads "The thrift agency said it plans to sell the 40 institutions by Dec. 15" as ${ahead('12-15')}`, () => {
    expect(
      values('The thrift agency said it plans to sell the 40 institutions by Dec. 15.'),
    ).toEqual([ahead('12-15')]);
  });

  it(`keeps a past expectation and a deed done on the day gone by, ${gone('12-31')}`, () => {
    expect(
      values('The company had expected to complete the sale by Dec. 31, but regulators balked.'),
    ).toEqual([gone('12-31')]);
    expect(values('The deal was completed Dec. 31, the company said.')).toEqual([gone('12-31')]);
    expect(values('The company said it completed the sale on Dec. 29.')).toEqual([gone('12-29')]);
  });
});

describe('"plans" or "hopes" as a noun, its own verb told in the past', () => {
  it(`reads "Its plans to sell the unit collapsed by Dec. 28", said on 3 January 1990, as ${gone('12-28')}`, () => {
    const text = 'Its plans to sell the unit collapsed by Dec. 28.';
    expect(values(text)).toEqual([gone('12-28')]);
    expect(timemlValues(text)).toEqual([gone('12-28')]);
  });

  it(`reads "The company's hopes to close the deal faded by Dec. 29", said on 3 January 1990, as ${gone('12-29')}`, () => {
    const text = "The company's hopes to close the deal faded by Dec. 29.";
    expect(values(text)).toEqual([gone('12-29')]);
  });

  it(`still reads "The company hopes to close the transaction by Dec. 31", said on 3 January 1990, as ${ahead('12-31')}`, () => {
    expect(values('The company hopes to close the transaction by Dec. 31.')).toEqual([
      ahead('12-31'),
    ]);
  });
});

describe('a deed "will" do by a day, with an active verb', () => {
  it(`reads "The company said it will pay the dividend by Dec. 31", said on 3 January 1990, as ${ahead('12-31')} (was ${gone('12-31')})`, () => {
    const text = 'The company said it will pay the dividend by Dec. 31.';
    expect(values(text)).toEqual([ahead('12-31')]);
    expect(timemlValues(text)).toEqual([ahead('12-31')]);
  });

  it(`reads "Management said it will cut 2,000 jobs by Dec. 15" as ${ahead('12-15')} (was ${gone('12-15')})`, () => {
    expect(values('Management said it will cut 2,000 jobs by Dec. 15.')).toEqual([ahead('12-15')]);
  });

  it(`reads "The utility said it will redeem the preferred shares by Dec. 15", said on 3 January 1990, as ${ahead('12-15')} (was ${gone('12-15')}): a past form after an article is an adjective`, () => {
    expect(values('The utility said it will redeem the preferred shares by Dec. 15.')).toEqual([
      ahead('12-15'),
    ]);
    expect(values('The company said it will pay its deferred dividend by Dec. 31.')).toEqual([
      ahead('12-31'),
    ]);
  });

  it(`keeps a "will" whose words hold a past deed after an article's noun on the day gone by: "Analysts will note the shares rallied by Dec. 29"`, () => {
    expect(values('Analysts will note the shares rallied by Dec. 29.')).toEqual([gone('12-29')]);
  });

  it(`keeps a "will" whose words hold a past deed, or another clause's "will", on the day gone by`, () => {
    expect(values('Analysts will note sales fell by Dec. 31.')).toEqual([gone('12-31')]);
    expect(values('Officials who will oversee the bailout were named by Dec. 20.')).toEqual([
      gone('12-20'),
    ]);
    expect(values('The company said it paid the dividend by Dec. 31.')).toEqual([gone('12-31')]);
    const will = 'The will was signed by Dec. 31.';
    expect(isExpectedByDeadline(will, will.indexOf('Dec. 31'))).toBe(false);
  });
});
