import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { pastReadyingFor } from './pastReadyingFor.ts';
import { shiftTimex } from './shiftTimex.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
// The feast's value in both readings.
const both = (text: string, name: string, published: string) =>
  [findMentions(text, at(published)), findTimemlMentions(text, at(published))].map(
    (found) => found.find((m) => m.text === name)?.value,
  );
const span = (text: string, name: string) => {
  const start = text.indexOf(name);
  return [start, start + name.length] as const;
};

const EVE_1999 = '1999-12-31';
const EVE_1998 = shiftTimex(EVE_1999, { amount: -1, unit: 'year' });

describe('pastReadyingFor', () => {
  it(`reads "The city assigned 8,000 police officers to Times Square for New Year's Eve", said on 27 December 1999, as the coming eve`, () => {
    const text = "The city assigned 8,000 police officers to Times Square for New Year's Eve.";
    expect(pastReadyingFor(text, ...span(text, "New Year's Eve"))).toBe(true);
    expect(both(text, "New Year's Eve", '1999-12-27')).toEqual([EVE_1999, EVE_1999]);
  });

  it(`reads "Extra police were assigned to Times Square for New Year's Eve", said on 27 December 1999, as the coming eve`, () => {
    const text = "Extra police were assigned to Times Square for New Year's Eve.";
    expect(both(text, "New Year's Eve", '1999-12-27')).toEqual([EVE_1999, EVE_1999]);
  });

  it(`reads "Grocers stocked thousands of extra turkeys for Thanksgiving", said on Monday 22 November 1999, as that Thursday`, () => {
    const monday = '1999-11-22';
    const thanksgiving = shiftTimex(monday, { amount: 3, unit: 'day' });
    const text = 'Grocers stocked thousands of extra turkeys for Thanksgiving.';
    expect(both(text, 'Thanksgiving', monday)).toEqual([thanksgiving, thanksgiving]);
  });

  it(`reads "The Vatican added an extra Mass for Christmas Eve", said on 18 December 1998, as the coming eve`, () => {
    const published = '1998-12-18';
    const eve = shiftTimex(published, { amount: 6, unit: 'day' });
    const text = "The Vatican added an extra Mass for Christmas Eve at St. Peter's Basilica.";
    expect(both(text, 'Christmas Eve', published)).toEqual([eve, eve]);
  });

  it(`leaves "Extra police were assigned to Times Square for New Year's Eve, and arrests fell", said in March 2000, on the eve gone by`, () => {
    const text = "Extra police were assigned to Times Square for New Year's Eve, and arrests fell.";
    expect(both(text, "New Year's Eve", '2000-03-10')).toEqual([EVE_1999, EVE_1999]);
  });

  it(`leaves "Police cancelled all leave for New Year's Eve", said on 10 December 1999, three weeks before, on the eve gone by`, () => {
    const text = "Police cancelled all leave for New Year's Eve.";
    expect(pastReadyingFor(text, ...span(text, "New Year's Eve"))).toBe(true);
    expect(both(text, "New Year's Eve", '1999-12-10')).toEqual([EVE_1998, EVE_1998]);
  });

  it(`leaves "Two men were arrested for New Year's Eve shootings", no readying, on the eve gone by`, () => {
    const text = "Two men were arrested for New Year's Eve shootings.";
    expect(pastReadyingFor(text, ...span(text, "New Year's Eve"))).toBe(false);
    expect(both(text, "New Year's Eve", '1999-12-27')).toEqual([EVE_1998, EVE_1998]);
  });

  it(`leaves "Last year, the city assigned 7,000 police officers to Times Square for New Year's Eve", said on 27 December 1999, on the eve gone by`, () => {
    const text =
      "Last year, the city assigned 7,000 police officers to Times Square for New Year's Eve.";
    expect(pastReadyingFor(text, ...span(text, "New Year's Eve"))).toBe(false);
    expect(both(text, "New Year's Eve", '1999-12-27')).toEqual([EVE_1998, EVE_1998]);
  });

  it(`leaves "Extra police were assigned to Times Square for New Year's Eve a year ago", said on 29 December 1999, on the eve gone by`, () => {
    const text = "Extra police were assigned to Times Square for New Year's Eve a year ago.";
    expect(both(text, "New Year's Eve", '1999-12-29')).toEqual([EVE_1998, EVE_1998]);
  });

  it(`leaves "The previous year, Macy's hired 10,000 seasonal workers for Christmas", said on 14 December 1999, on the Christmas gone by`, () => {
    const published = '1999-12-14';
    const christmas = shiftTimex(shiftTimex(published, { amount: 11, unit: 'day' }), {
      amount: -1,
      unit: 'year',
    });
    const text = "The previous year, Macy's hired 10,000 seasonal workers for Christmas.";
    expect(both(text, 'Christmas', published)).toEqual([christmas, christmas]);
  });

  it(`reads "In 1999, police cancelled all leave for New Year's Eve", said on 28 December 1999, as the coming eve: the year is publication's own`, () => {
    const published = '1999-12-28';
    const text = `In ${published.slice(0, 4)}, police cancelled all leave for New Year's Eve.`;
    expect(pastReadyingFor(text, ...span(text, "New Year's Eve"), published)).toBe(true);
    expect(both(text, "New Year's Eve", published)).toEqual([EVE_1999, EVE_1999]);
  });

  it(`leaves "In 1998, police cancelled all leave for New Year's Eve", said on 28 December 1999, on the eve gone by`, () => {
    const published = '1999-12-28';
    const text = "In 1998, police cancelled all leave for New Year's Eve.";
    expect(pastReadyingFor(text, ...span(text, "New Year's Eve"), published)).toBe(false);
    expect(both(text, "New Year's Eve", published)).toEqual([EVE_1998, EVE_1998]);
  });

  it(`reads "The city assigned 8,000 officers to Times Square for New Year's Eve, up from 5,000 last year", said on 27 December 1999, as the coming eve: the year after the comma is a comparison`, () => {
    const text =
      "The city assigned 8,000 officers to Times Square for New Year's Eve, up from 5,000 last year.";
    expect(both(text, "New Year's Eve", '1999-12-27')).toEqual([EVE_1999, EVE_1999]);
  });

  it(`leaves "Toys R Us posted a loss for Christmas", said on 18 December 1999, on the Christmas gone by: results are told after the day`, () => {
    const published = '1999-12-18';
    const christmas = shiftTimex(shiftTimex(published, { amount: 7, unit: 'day' }), {
      amount: -1,
      unit: 'year',
    });
    const text = 'Toys R Us posted a loss for Christmas, the company said.';
    expect(pastReadyingFor(text, ...span(text, 'Christmas'))).toBe(false);
    expect(both(text, 'Christmas', published)).toEqual([christmas, christmas]);
  });

  it(`reads "The chain added 2,000 sales clerks for Christmas", said on 18 December 1999, as the coming Christmas: sales clerks are readied`, () => {
    const published = '1999-12-18';
    const christmas = shiftTimex(published, { amount: 7, unit: 'day' });
    const text = 'The chain added 2,000 sales clerks for Christmas.';
    expect(both(text, 'Christmas', published)).toEqual([christmas, christmas]);
  });
});
