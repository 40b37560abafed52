import { describe, expect, it } from 'vitest';
import { dayOpenedBy, endOfDay } from './endOfDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const FRIDAY = '2025-03-14';
const SATURDAY = shiftTimex(FRIDAY, { amount: 1, unit: 'day' });
const THURSDAY = shiftTimex(FRIDAY, { amount: -1, unit: 'day' });

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
// Tuesday 21 November 2000, and the Monday before it.
const TUESDAY = '2000-11-21';
const MONDAY = shiftTimex(TUESDAY, { amount: -1, unit: 'day' });

describe('endOfDay', () => {
  it("gives news the next day's start and TimeML the day's 24th hour", () => {
    expect(endOfDay(FRIDAY, { timeml: false })).toBe(`${SATURDAY}T00:00`);
    expect(endOfDay(FRIDAY, { timeml: true })).toBe(`${FRIDAY}T24`);
  });

  it("keeps the day's own start when asked, as the day before's end in TimeML", () => {
    expect(endOfDay(FRIDAY, { timeml: false, keepStart: true })).toBe(`${FRIDAY}T00:00`);
    expect(endOfDay(FRIDAY, { timeml: true, keepStart: true })).toBe(`${THURSDAY}T24`);
  });

  it('reads "The count in Broward County stopped at midnight Tuesday", said that Tuesday, as the midnight that opens it, Monday\'s T24 in TimeML', () => {
    const text = 'The count in Broward County stopped at midnight Tuesday, officials said.';
    expect(read(text, TUESDAY)).toEqual([['midnight Tuesday', `${TUESDAY}T00:00`]]);
    expect(readTimeml(text, TUESDAY)).toEqual([['midnight Tuesday', `${MONDAY}T24`]]);
  });

  it('reads "Navy divers reached the hatch shortly after midnight Monday", said that Monday, as Sunday\'s T24 in TimeML', () => {
    const monday = '2000-08-14';
    const sunday = shiftTimex(monday, { amount: -1, unit: 'day' });
    const text =
      'Navy divers reached the hatch shortly after midnight Monday but could not open it.';
    expect(readTimeml(text, monday)).toEqual([['midnight Monday', `${sunday}T24`]]);
  });

  it('leaves "The count will stop at midnight Tuesday", said that Tuesday, on the midnight that ends it', () => {
    const text = 'The count will stop at midnight Tuesday, officials said.';
    expect(read(text, TUESDAY)).toEqual([['midnight Tuesday', endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, TUESDAY)).toEqual([['midnight Tuesday', `${TUESDAY}T24`]]);
  });

  it('leaves "The count stopped at 2 a.m. Tuesday", said that Tuesday, on its clock', () => {
    const text = 'The count stopped at 2 a.m. Tuesday, officials said.';
    expect(readTimeml(text, TUESDAY)).toEqual([['2 a.m. Tuesday', `${TUESDAY}T02:00`]]);
  });

  it('leaves "Verizon workers went on strike at midnight Saturday", said on the Monday after, on the midnight that ends Saturday', () => {
    const monday = '2000-08-07';
    const saturday = shiftTimex(monday, { amount: -2, unit: 'day' });
    const text = 'Verizon workers went on strike at midnight Saturday after talks broke down.';
    expect(read(text, monday)).toEqual([['midnight Saturday', endOfDay(saturday, {})]]);
    expect(readTimeml(text, monday)).toEqual([['midnight Saturday', `${saturday}T24`]]);
  });

  it('says which day a later clock goes on from', () => {
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: false }))).toBe(SATURDAY);
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: true }))).toBe(SATURDAY);
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: false, keepStart: true }))).toBe(FRIDAY);
    expect(dayOpenedBy(endOfDay(FRIDAY, { timeml: true, keepStart: true }))).toBe(FRIDAY);
  });
});
