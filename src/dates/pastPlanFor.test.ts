import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { pastPlanFor } from './pastPlanFor.ts';
import { shiftTimex } from './shiftTimex.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const EVE = "New Year's Eve";
const atEve = (text: string) => ({ start: text.indexOf(EVE), end: text.indexOf(EVE) + EVE.length });
// New Year's Eve 1999, and the one before it.
const EVE_1999 = '1999-12-31';
const EVE_1998 = shiftTimex(EVE_1999, { amount: -1, unit: 'year' });
// The Christmas Eve of the year of `published`, `years` on.
const christmasEveOf = (published: string, years: number) =>
  `${Number(published.slice(0, 4)) + years}-12-24`;

describe("pastPlanFor, of the day's events named after it", () => {
  it('reads "New Year\'s Eve festivities were planned for Times Square", said on 20 December 1999, as the coming eve', () => {
    const text = "New Year's Eve festivities were planned for Times Square, the mayor said.";
    const { start, end } = atEve(text);
    expect(pastPlanFor(text, start, end)).toBe(true);
    expect(read(text, '1999-12-20')).toEqual([[EVE, EVE_1999]]);
    expect(readTimeml(text, '1999-12-20')).toEqual([[EVE, EVE_1999]]);
  });

  it('reads "New Year\'s Eve celebrations in Times Square were planned months ago", said on 20 December 1999, as the coming eve', () => {
    const text = "New Year's Eve celebrations in Times Square were planned months ago.";
    expect(read(text, '1999-12-20')).toContainEqual([EVE, EVE_1999]);
  });

  it('reads the same festivities said on 20 March 1999 as the eve gone by, the nearer', () => {
    const text =
      "New Year's Eve festivities were planned for Times Square, but rain kept crowds away.";
    expect(read(text, '1999-03-20')).toEqual([[EVE, EVE_1998]]);
  });

  it('leaves "New Year\'s Eve parties were held across the city", said on 20 December 1999, on the eve gone by', () => {
    const text = "New Year's Eve parties were held across the city.";
    const { start, end } = atEve(text);
    expect(pastPlanFor(text, start, end)).toBe(false);
    expect(read(text, '1999-12-20')).toEqual([[EVE, EVE_1998]]);
  });

  it('reads "Police cancelled all leave for New Year\'s Eve", said on 30 December 1999, no plan of its own, as the coming eve (a deed of readying: pastReadyingFor)', () => {
    const text = "Police cancelled all leave for New Year's Eve.";
    const { start, end } = atEve(text);
    expect(pastPlanFor(text, start, end)).toBe(false);
    expect(read(text, '1999-12-30')).toEqual([[EVE, EVE_1999]]);
  });

  it('reads "Christmas Eve services were scheduled at 10 p.m. in most parishes", said on 26 December 1989, as the eve gone by, the nearer (a plan read as ahead)', () => {
    const text = 'Christmas Eve services were scheduled at 10 p.m. in most parishes.';
    const start = text.indexOf('Christmas Eve');
    expect(pastPlanFor(text, start, start + 'Christmas Eve'.length)).toBe(true);
    const published = '1989-12-26';
    const eve = christmasEveOf(published, 0);
    for (const found of [read(text, published), readTimeml(text, published)])
      expect(found).toContainEqual(['Christmas Eve', eve]);
  });

  it('leaves "Christmas Eve services will be held at 10 p.m.", said on 26 December 1989, on the coming eve', () => {
    const text = 'Christmas Eve services will be held at 10 p.m. in most parishes.';
    const published = '1989-12-26';
    const eve = christmasEveOf(published, 1);
    expect(read(text, published)).toContainEqual(['Christmas Eve', eve]);
  });

  it('leaves festivities planned but never held ("but they never took place") on the eve gone by', () => {
    const text = "New Year's Eve festivities were planned, but they never took place.";
    const { start, end } = atEve(text);
    expect(pastPlanFor(text, start, end)).toBe(false);
    expect(read(text, '1999-12-20')).toEqual([[EVE, EVE_1998]]);
  });
});
