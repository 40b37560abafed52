import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { toCalendarDate } from './calendarDate.ts';
import { monthToldBack } from './monthToldBack.ts';

const yearOf = (on: string) => Number(on.slice(0, 4));
// The feast read in both readings of a sentence said on `on`.
const feastSaid = (text: string, on: string, feast: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text.includes(feast))?.value,
  );
// Christmas of the year `back` years before the year of `on`, in both readings.
const christmasOf = (on: string, back: number) => {
  const day = `${yearOf(on) - back}-12-25`;
  return [day, day];
};
const toldBack = (before: string, on: string) => {
  const month = monthToldBack(before, on);
  return month && toCalendarDate(month);
};

describe('monthToldBack', () => {
  it('takes "last" and a month for the latest such month before the month of publication', () => {
    expect(toldBack('Last October, retailers said ', '1990-09-10')).toBe('1989-10-01');
    expect(toldBack('Retailers said last October that ', '1990-10-15')).toBe('1989-10-01');
    expect(toldBack('Last September, stores said ', '1990-11-12')).toBe('1990-09-01');
  });

  it('takes "in" and a month for the latest on or before it', () => {
    expect(toldBack('In September, retailers said ', '1989-11-14')).toBe('1989-09-01');
    expect(toldBack('In November, retailers said ', '1989-11-14')).toBe('1989-11-01');
  });

  it('takes "last fall" for the year before until December', () => {
    expect(toldBack('Last fall, toy makers said ', '1990-09-17')).toBe('1989-09-01');
    expect(toldBack('Last autumn, sellers said ', '1990-10-22')).toBe('1989-09-01');
    expect(toldBack('Last fall, toy makers said ', '1990-12-27')).toBe('1990-09-01');
  });

  it('names nothing for a day, a year, a modal or no month', () => {
    expect(toldBack('In Oct. 15 filings, retailers said ', '1990-09-10')).toBeUndefined();
    expect(toldBack('In October 1988, retailers said ', '1990-09-10')).toBeUndefined();
    expect(toldBack('The last may be the best, retailers said ', '1990-09-10')).toBeUndefined();
    expect(toldBack('Last month, retailers said ', '1990-11-05')).toBeUndefined();
  });

  it("names nothing for a month of another thing's, not of the saying", () => {
    const stores = 'Retailers, which plan to open 40 stores in September, said they expected a ';
    expect(toldBack(stores, '1990-06-18')).toBeUndefined();
    const drop = "Last October's market drop hurt sales, but retailers said they expected a ";
    expect(toldBack(drop, '1990-09-05')).toBeUndefined();
  });
});

describe('a season expected told in a fall or month named back', () => {
  it('reads "Last October, retailers said they expected a strong Christmas season", said on 10 September 1990, as 1989\'s Christmas (was 1990\'s)', () => {
    const on = '1990-09-10';
    const text = 'Last October, retailers said they expected a strong Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 1));
  });

  it('reads "Last fall, toy makers told analysts they expected a record Christmas season", said on 17 September 1990, as 1989\'s Christmas (was 1990\'s)', () => {
    const on = '1990-09-17';
    const text = 'Last fall, toy makers told analysts they expected a record Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 1));
  });

  it('reads "Retailers said last October that they expected a strong Christmas season", said on 15 October 1990, as 1989\'s Christmas (was 1990\'s)', () => {
    const on = '1990-10-15';
    const text = 'Retailers said last October that they expected a strong Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 1));
  });

  it('reads "Last December, merchants said they expected a slow Easter season", said on 27 August 1990, as the Easter after that December (was 1991\'s)', () => {
    const on = '1990-08-27';
    const text = 'Last December, merchants said they expected a slow Easter season.';
    // Easter 1990 fell on 15 April.
    const easter = `${yearOf(on)}-04-15`;
    expect(feastSaid(text, on, 'Easter')).toEqual([easter, easter]);
  });

  it('keeps "In September, retailers said they expected a strong Christmas season", said on 14 November 1989, the coming one', () => {
    const on = '1989-11-14';
    const text = 'In September, retailers said they expected a strong Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });

  it('keeps "In October, toy makers said they expected a strong Christmas season", said on 3 December 1990, the coming one', () => {
    const on = '1990-12-03';
    const text = 'In October, toy makers said they expected a strong Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });

  it('keeps "Retailers, which plan to open 40 stores in September, said they expected a strong Christmas season", said on 18 June 1990, the coming one (was 1989\'s)', () => {
    const on = '1990-06-18';
    const text =
      'Retailers, which plan to open 40 stores in September, said they expected a strong Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });

  it('keeps "Toy makers, which will ship their new lines in the fall, said they expected a record Christmas season", said on 16 April 1990, the coming one (was 1989\'s)', () => {
    const on = '1990-04-16';
    const text =
      'Toy makers, which will ship their new lines in the fall, said they expected a record Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });

  it('keeps "Last October\'s market drop hurt sales, but retailers said they expected a good Christmas season", said on 5 September 1990, the coming one (was 1989\'s)', () => {
    const on = '1990-09-05';
    const text =
      "Last October's market drop hurt sales, but retailers said they expected a good Christmas season.";
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });

  it('keeps "Last month, retailers said they expected a weak Christmas season", said on 5 November 1990, the coming one', () => {
    const on = '1990-11-05';
    const text = 'Last month, retailers said they expected a weak Christmas season.';
    expect(feastSaid(text, on, 'Christmas')).toEqual(christmasOf(on, 0));
  });
});
