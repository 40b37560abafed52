import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { pastArrangementFor } from './pastArrangementFor.ts';

const eve = (text: string, published: string) => {
  const options = { published, locale: 'en-US' } as const;
  const holiday = (m: { text: string }) => /Eve/.test(m.text);
  return [
    findMentions(text, options).find(holiday)?.value,
    findTimemlMentions(text, options).find(holiday)?.value,
  ];
};
// The feasts' eves in the year of publication (`back` 0) or in a year before it.
const yearOf = (published: string, back = 0) => Number(published.slice(0, 4)) - back;
const newYearsEve = (published: string, back = 0) => `${yearOf(published, back)}-12-31`;
const christmasEve = (published: string, back = 0) => `${yearOf(published, back)}-12-24`;

describe('a holiday booked or forecast for, told in the past', () => {
  it('reads "Police in Bethlehem said 20,000 pilgrims were expected for Christmas Eve", said on 20 December 2000, as the coming 2000-12-24', () => {
    const text = 'Police in Bethlehem said 20,000 pilgrims were expected for Christmas Eve.';
    const published = '2000-12-20';
    expect(eve(text, published)).toEqual([christmasEve(published), christmasEve(published)]);
  });

  it('leaves "Police in Bethlehem said 20,000 pilgrims were expected for Christmas Eve", said on 20 March 2000, on the eve gone by', () => {
    const text = 'Police in Bethlehem said 20,000 pilgrims were expected for Christmas Eve.';
    const published = '2000-03-20';
    expect(eve(text, published)).toEqual([christmasEve(published, 1), christmasEve(published, 1)]);
  });

  it('leaves "Police said 20,000 pilgrims came for Christmas Eve", said on 20 December 2000, no forecast, on the eve gone by', () => {
    const text = 'Police said 20,000 pilgrims came for Christmas Eve.';
    const published = '2000-12-20';
    expect(pastArrangementFor(text, text.indexOf('Christmas'), text.indexOf('.'))).toBe(false);
    expect(eve(text, published)).toEqual([christmasEve(published, 1), christmasEve(published, 1)]);
  });

  it('leaves "Last year, 20,000 pilgrims were expected for Christmas Eve, but only 5,000 came", said on 20 December 2000, on the eve gone by', () => {
    const text = 'Last year, 20,000 pilgrims were expected for Christmas Eve, but only 5,000 came.';
    const published = '2000-12-20';
    const start = text.indexOf('Christmas');
    expect(pastArrangementFor(text, start, start + 'Christmas Eve'.length, published)).toBe(false);
    expect(eve(text, published)).toEqual([christmasEve(published, 1), christmasEve(published, 1)]);
  });

  it('reads "Airlines said bookings for New Year\'s Eve were down", said on 30 December 1999, as the coming 1999-12-31', () => {
    const text = "Airlines said bookings for New Year's Eve were down 20 percent.";
    const published = '1999-12-30';
    expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
  });

  it('reads "Retailers said traffic on Christmas Eve was expected to be heavy", said on 21 December 1998, as 1998-12-24', () => {
    const text = 'Retailers said traffic on Christmas Eve was expected to be heavy.';
    const published = '1998-12-21';
    expect(eve(text, published)).toEqual([christmasEve(published), christmasEve(published)]);
  });

  it('reads "Russian officials said Yeltsin had planned a televised address for New Year\'s Eve", said on 29 December 1999, as 1999-12-31', () => {
    const text =
      "Russian officials said Yeltsin had planned a televised address for New Year's Eve.";
    const published = '1999-12-29';
    expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
  });

  it('reads "Security for New Year\'s Eve was tightened, the mayor said", said on 20 December 1999, as the coming 1999-12-31, and leaves "Security on New Year\'s Eve was tight" on the eve gone by', () => {
    const published = '1999-12-20';
    expect(eve("Security for New Year's Eve was tightened, the mayor said.", published)).toEqual([
      newYearsEve(published),
      newYearsEve(published),
    ]);
    expect(eve("Security on New Year's Eve was tight, the mayor said.", published)).toEqual([
      newYearsEve(published, 1),
      newYearsEve(published, 1),
    ]);
  });

  it('still reads "Stores said sales on Christmas Eve were the strongest of the season", said on 18 December 1998, as 1997-12-24', () => {
    const text = 'Stores said sales on Christmas Eve were the strongest of the season.';
    const published = '1998-12-18';
    const goneBy = christmasEve(published, 1);
    expect(eve(text, published)).toEqual([goneBy, goneBy]);
  });

  it('still reads "Florists said demand on Christmas Eve was the strongest in years", said on 20 December 1998, as 1997-12-24', () => {
    const text = 'Florists said demand on Christmas Eve was the strongest in years.';
    const published = '1998-12-20';
    const goneBy = christmasEve(published, 1);
    expect(eve(text, published)).toEqual([goneBy, goneBy]);
  });

  it('still reads "Airlines said bookings for New Year\'s Eve were down", said on 15 February 2000, as the one gone by', () => {
    const text = "Airlines said bookings for New Year's Eve were down sharply.";
    const published = '2000-02-15';
    const goneBy = newYearsEve(published, 1);
    expect(eve(text, published)).toEqual([goneBy, goneBy]);
  });

  it('still reads "Police said a man was stabbed on Christmas Eve", said on 20 December 1999, as the one gone by', () => {
    const published = '1999-12-20';
    const goneBy = christmasEve(published, 1);
    expect(eve('Police said a man was stabbed on Christmas Eve.', published)).toEqual([
      goneBy,
      goneBy,
    ]);
  });

  it('still reads "Police said two staff members were shot on Christmas Eve at a Bronx store", said on 20 December 1999, as the one gone by', () => {
    const text = 'Police said two staff members were shot on Christmas Eve at a Bronx store.';
    const published = '1999-12-20';
    const goneBy = christmasEve(published, 1);
    expect(eve(text, published)).toEqual([goneBy, goneBy]);
  });

  it.each([
    "Officials said two million people were expected in Times Square on New Year's Eve.",
    "Police said a million revelers were expected along the Champs-Elysees on New Year's Eve.",
    "Organizers said 300,000 people were expected at the Sydney Opera House on New Year's Eve.",
    "City officials said large crowds were expected downtown on New Year's Eve.",
  ])(
    'reads %j, said on 28 December 1999, a crowd forecast with its place between, as the coming eve',
    (text) => {
      const published = '1999-12-28';
      expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
    },
  );

  it.each([
    "Officials said two million people were in Times Square on New Year's Eve.",
    "Police said a man was arrested in Times Square on New Year's Eve.",
  ])('still reads %j, said on 28 December 1999, no forecast, as the eve gone by', (text) => {
    const published = '1999-12-28';
    expect(eve(text, published)).toEqual([newYearsEve(published, 1), newYearsEve(published, 1)]);
  });

  it.each([
    ["Last year, airlines said bookings for New Year's Eve were down.", '1999-12-28'],
    ["In 1998, hotels said reservations for New Year's Eve were slow.", '1999-12-28'],
    [
      "Last year, restaurants said bookings for New Year's Eve were the strongest ever.",
      '2000-12-27',
    ],
  ])(
    'reads %j, said on %s, another year before the booking, as the eve gone by',
    (text, published) => {
      expect(eve(text, published)).toEqual([newYearsEve(published, 1), newYearsEve(published, 1)]);
    },
  );

  it.each([
    "Compared with last year, airlines said bookings for New Year's Eve were up sharply.",
    "Unlike last year, hotels said reservations for New Year's Eve were slow.",
  ])(
    'reads %j, said on 28 December 1999, a year only weighed against, as the coming eve',
    (text) => {
      const published = '1999-12-28';
      expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
    },
  );

  it('still reads "In 1999, hotels said reservations for New Year\'s Eve were slow", said on 28 December 1999, the year of publication, as the coming eve', () => {
    const text = "In 1999, hotels said reservations for New Year's Eve were slow.";
    const published = '1999-12-28';
    expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
  });

  it('takes a booking or a forecast, not a deed on the day nor a habit', () => {
    const at = (text: string) => {
      const start = text.indexOf('New');
      return pastArrangementFor(text, start, start + "New Year's Eve".length);
    };
    expect(at("Hotels said rooms for New Year's Eve had sold out.")).toBe(true);
    expect(at("Police said they were preparing for heavy traffic on New Year's Eve.")).toBe(true);
    expect(at("Retailers said traffic on New Year's Eve was expected to be heavy.")).toBe(true);
    expect(at("Police said crowds on New Year's Eve were thin.")).toBe(false);
    expect(at("Hotels said rooms for New Year's Eve sold out every year.")).toBe(false);
  });
});

describe('a feast ordered or readied for, told in the past within the month before it', () => {
  it('reads "Bakers said orders for Christmas Eve were up", said on 22 December 1998, as the coming 1998-12-24', () => {
    const published = '1998-12-22';
    const text = 'Bakers said orders for Christmas Eve were up 12 percent.';
    expect(eve(text, published)).toEqual([christmasEve(published), christmasEve(published)]);
  });

  it('reads "The mayor said preparations for New Year\'s Eve were on schedule", said sixteen days before, as the coming 1999-12-31', () => {
    const published = '1999-12-15';
    const text = "The mayor said preparations for New Year's Eve were on schedule.";
    expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
    const vatican = 'The Vatican said final arrangements for Christmas Eve Mass were in place.';
    expect(eve(vatican, '1999-12-17')).toEqual([
      christmasEve('1999-12-17'),
      christmasEve('1999-12-17'),
    ]);
  });

  it('still reads the same preparations, said on 10 November 1999, and "Stores said sales on Christmas Eve were the strongest", said on 18 December 1998, as the eve gone by', () => {
    const early = '1999-11-10';
    const text = "The mayor said preparations for New Year's Eve were on schedule.";
    expect(eve(text, early)).toEqual([newYearsEve(early, 1), newYearsEve(early, 1)]);
    const late = '1998-12-18';
    const sales = 'Stores said sales on Christmas Eve were the strongest of the season.';
    expect(eve(sales, late)).toEqual([christmasEve(late, 1), christmasEve(late, 1)]);
  });
});
