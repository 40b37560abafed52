import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { firstDayAhead } from './firstDayAhead.ts';

const firstDay = (text: string, published: string) => {
  const options = { published, locale: 'en-US' } as const;
  const day = (m: { text: string }) => /first day/.test(m.text);
  return [
    findMentions(text, options).find(day)?.value,
    findTimemlMentions(text, options).find(day)?.value,
  ];
};

const firstWeek = (text: string, published: string) => {
  const options = { published, locale: 'en-US' } as const;
  const week = (m: { text: string }) => /first week/.test(m.text);
  return [
    findMentions(text, options).find(week)?.value,
    findTimemlMentions(text, options).find(week)?.value,
  ];
};

// The first ISO week of the year of publication (`ahead` 0) or of the year after it (1).
const weekOne = (published: string, ahead = 0) => `${Number(published.slice(0, 4)) + ahead}-W01`;

describe("the year's first day said at the year's end", () => {
  it('reads "Banks will stay shut on the year\'s first day", said on 29 December 1999, as 2000-01-01', () => {
    expect(firstDay("Banks will stay shut on the year's first day.", '1999-12-29')).toEqual([
      '2000-01-01',
      '2000-01-01',
    ]);
  });

  it('reads "The new tax rates take effect on the first day of the year", said on 30 December 2015, as 2016-01-01', () => {
    expect(
      firstDay('The new tax rates take effect on the first day of the year.', '2015-12-30'),
    ).toEqual(['2016-01-01', '2016-01-01']);
  });

  it('still reads "Since the year\'s first day, the Nasdaq index is up 70 percent", said on 20 December 1999, as 1999-01-01 (review)', () => {
    expect(
      firstDay("Since the year's first day, the Nasdaq index is up 70 percent.", '1999-12-20'),
    ).toEqual(['1999-01-01', '1999-01-01']);
  });

  it('still reads "Prices are 12% higher since the first day of the year", said on 28 December 1998, as 1998-01-01 (review)', () => {
    expect(
      firstDay('Prices are 12% higher since the first day of the year.', '1998-12-28'),
    ).toEqual(['1998-01-01', '1998-01-01']);
  });

  it('still reads "Stocks fell on the year\'s first day", said on 29 December 1999, as 1999-01-01', () => {
    expect(firstDay("Stocks fell on the year's first day.", '1999-12-29')).toEqual([
      '1999-01-01',
      '1999-01-01',
    ]);
  });

  it('still reads "Police made 40 arrests on the year\'s first day", said on 6 January 2003, as 2003-01-01', () => {
    expect(firstDay("Police made 40 arrests on the year's first day.", '2003-01-06')[0]).toBe(
      '2003-01-01',
    );
  });

  it('reads "The Labor Department will report December\'s jobless rate in the first week of the year", said on 15 November 1999, as 2000-W01', () => {
    const text =
      "The Labor Department will report December's jobless rate in the first week of the year.";
    const published = '1999-11-15';
    expect(firstWeek(text, published)).toEqual([weekOne(published, 1), weekOne(published, 1)]);
  });

  it('reads "The Florida Legislature will convene in the first week of the year", said on 20 November 2000, as 2001-W01', () => {
    const text = 'The Florida Legislature will convene in the first week of the year.';
    const published = '2000-11-20';
    expect(firstWeek(text, published)).toEqual([weekOne(published, 1), weekOne(published, 1)]);
  });

  it('still reads "Car sales fell in the first week of the year", said on 15 November 1999, as 1999-W01', () => {
    const published = '1999-11-15';
    expect(firstWeek('Car sales fell in the first week of the year.', published)).toEqual([
      weekOne(published),
      weekOne(published),
    ]);
  });

  it('still reads "Sales will be up 8 percent from the first week of the year", said on 15 November 1999, as 1999-W01', () => {
    const text = 'Sales will be up 8 percent from the first week of the year.';
    const published = '1999-11-15';
    expect(firstWeek(text, published)).toEqual([weekOne(published), weekOne(published)]);
  });

  it('still reads "Stores open late in the first week of the year", said on 15 November 1999, as 1999-W01', () => {
    const text = 'Stores open late in the first week of the year.';
    const published = '1999-11-15';
    expect(firstWeek(text, published)).toEqual([weekOne(published), weekOne(published)]);
  });

  it('takes December not told in the past, November told in the future, and not a start measured from', () => {
    expect(firstDayAhead('unknown', '1999-12-01')).toBe(true);
    expect(firstDayAhead('future', '1999-12-14')).toBe(true);
    expect(firstDayAhead('past', '1999-12-31')).toBe(false);
    expect(firstDayAhead('future', '1999-11-29')).toBe(true);
    expect(firstDayAhead('unknown', '1999-11-29')).toBe(false);
    expect(firstDayAhead('future', '1999-10-29')).toBe(false);
    expect(firstDayAhead('unknown', '1999-12-20', 'Prices are 12% higher since the ')).toBe(false);
    expect(firstDayAhead('unknown', '1999-12-20', 'The new fares apply from the ')).toBe(true);
  });
});

describe("the year's first week a figure to come is compared with", () => {
  it('reads "Analysts said prices will be higher than in the first week of the year", said on 20 November 1999, as 1999-W01', () => {
    const published = '1999-11-20';
    const text = 'Analysts said prices will be higher than in the first week of the year.';
    expect(firstWeek(text, published)).toEqual([weekOne(published), weekOne(published)]);
    expect(
      firstWeek(
        'Heating oil will be twice as expensive as it was in the first week of the year.',
        published,
      ),
    ).toEqual([weekOne(published), weekOne(published)]);
  });

  it('reads "Retailers said inventories will be lower than at the end of the first week of the year", said on 10 December 1999, as 1999-W01', () => {
    const published = '1999-12-10';
    const text =
      'Retailers said inventories will be lower than at the end of the first week of the year.';
    expect(firstWeek(text, published)).toEqual([weekOne(published), weekOne(published)]);
  });

  it('still reads "The Fed will meet in the first week of the year", said on 20 November 1999, as the coming year\'s', () => {
    const published = '1999-11-20';
    expect(firstWeek('The Fed will meet in the first week of the year.', published)).toEqual([
      weekOne(published, 1),
      weekOne(published, 1),
    ]);
  });

  it('still reads "The company will report results no later than the first week of the year", said on 20 November 1999, as the coming year\'s (a bound, not a comparison)', () => {
    const published = '1999-11-20';
    const text = 'The company will report results no later than the first week of the year.';
    expect(firstWeek(text, published)).toEqual([weekOne(published, 1), weekOne(published, 1)]);
    expect(firstDayAhead('future', published, 'will report results no later than ')).toBe(true);
  });

  it('still reads "The board will vote in December rather than in the first week of the year", said on 20 November 1999, as the coming year\'s', () => {
    const published = '1999-11-20';
    const text = 'The board will vote in December rather than in the first week of the year.';
    expect(firstWeek(text, published)).toEqual([weekOne(published, 1), weekOne(published, 1)]);
  });
});
