import { describe, expect, it } from 'vitest';
import { endOfDay } from './endOfDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

// Tuesday 21 November 2000, the day the Florida Supreme Court's deadline ran out.
const TUESDAY = '2000-11-21';

describe('joinWeekdayToMidnightDeadline', () => {
  it(`reads "Counties raced to meet Tuesday's midnight deadline", said that Tuesday, as the midnight that ends it`, () => {
    const text = "Counties raced to meet Tuesday's midnight deadline for filing amended returns.";
    expect(read(text, TUESDAY)).toEqual([["Tuesday's midnight", endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, TUESDAY)).toEqual([
      ["Tuesday's midnight", endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it(`reads "Palm Beach officials said they could not meet Tuesday's midnight deadline", said on the Monday, as the coming Tuesday's end`, () => {
    const monday = shiftTimex(TUESDAY, { amount: -1, unit: 'day' });
    const text = "Palm Beach officials said they could not meet Tuesday's midnight deadline.";
    expect(read(text, monday)).toEqual([["Tuesday's midnight", endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, monday)).toEqual([
      ["Tuesday's midnight", endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it(`reads "Palm Beach officials said they could not meet Tuesday's midnight deadline", said on the Thursday after, as the Tuesday gone by`, () => {
    const thursday = shiftTimex(TUESDAY, { amount: 2, unit: 'day' });
    const text = "Palm Beach officials said they could not meet Tuesday's midnight deadline.";
    expect(read(text, thursday)).toEqual([["Tuesday's midnight", endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, thursday)).toEqual([
      ["Tuesday's midnight", endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it(`still reads "Palm Beach officials said they would try to meet Tuesday's midnight deadline", said on the Thursday after, as the coming Tuesday's end`, () => {
    const thursday = shiftTimex(TUESDAY, { amount: 2, unit: 'day' });
    const coming = shiftTimex(TUESDAY, { amount: 7, unit: 'day' });
    const text = "Palm Beach officials said they would try to meet Tuesday's midnight deadline.";
    expect(read(text, thursday)).toEqual([["Tuesday's midnight", endOfDay(coming, {})]]);
  });

  it(`reads "The pilots said they could not meet Friday's midnight deadline", said on the Tuesday before, as the coming Friday's end`, () => {
    const friday = '1998-08-28';
    const tuesday = shiftTimex(friday, { amount: -3, unit: 'day' });
    const text = "The pilots said they could not meet Friday's midnight deadline.";
    expect(read(text, tuesday)).toEqual([["Friday's midnight", endOfDay(friday, {})]]);
  });

  it(`reads "Union leaders warned they could not meet Thursday's midnight deadline", said on the Sunday after a Thursday, as the coming Thursday's end`, () => {
    const sunday = '1998-08-30';
    const thursday = shiftTimex(sunday, { amount: 4, unit: 'day' });
    const text = "Union leaders warned they could not meet Thursday's midnight deadline.";
    expect(read(text, sunday)).toEqual([["Thursday's midnight", endOfDay(thursday, {})]]);
    expect(readTimeml(text, sunday)).toEqual([
      ["Thursday's midnight", endOfDay(thursday, { timeml: true })],
    ]);
  });

  it(`reads "Negotiators were working to beat Friday's midnight strike deadline", said on the Wednesday before, as that Friday's end`, () => {
    const friday = '2000-08-04';
    const wednesday = shiftTimex(friday, { amount: -2, unit: 'day' });
    const text =
      "Negotiators were working around the clock to beat Friday's midnight strike deadline.";
    expect(read(text, wednesday)).toEqual([["Friday's midnight", endOfDay(friday, {})]]);
    expect(readTimeml(text, wednesday)).toEqual([
      ["Friday's midnight", endOfDay(friday, { timeml: true })],
    ]);
  });

  it(`reads "The Miami relatives ignored Thursday's midnight deadline", said on the Monday after, as the Thursday gone by`, () => {
    const thursday = '2000-04-06';
    const monday = shiftTimex(thursday, { amount: 4, unit: 'day' });
    const text = "The Miami relatives ignored Thursday's midnight deadline to surrender the boy.";
    expect(read(text, monday)).toEqual([["Thursday's midnight", endOfDay(thursday, {})]]);
    expect(readTimeml(text, monday)).toEqual([
      ["Thursday's midnight", endOfDay(thursday, { timeml: true })],
    ]);
  });

  it(`reads "Contract talks continued past Thursday's midnight deadline" from the weekday, not the word before it`, () => {
    const thursday = '1999-08-26';
    const friday = shiftTimex(thursday, { amount: 1, unit: 'day' });
    const text = "Contract talks continued past Thursday's midnight deadline.";
    expect(readTimeml(text, friday)).toEqual([
      ["Thursday's midnight", endOfDay(thursday, { timeml: true })],
    ]);
  });

  it(`leaves "Mourners gathered for Tuesday's midnight vigil", no deadline, as two mentions`, () => {
    const text = "Mourners gathered for Tuesday's midnight vigil.";
    const wednesday = shiftTimex(TUESDAY, { amount: 1, unit: 'day' });
    expect(read(text, wednesday).map(([t]) => t)).toEqual(['Tuesday', 'midnight']);
  });

  it(`reads "Palm Beach County failed to meet Tuesday's midnight deadline", said on the Thursday after, as the Tuesday gone by`, () => {
    const thursday = shiftTimex(TUESDAY, { amount: 2, unit: 'day' });
    for (const text of [
      "Palm Beach County failed to meet Tuesday's midnight deadline.",
      "Palm Beach County failed to meet last Tuesday's midnight deadline.",
    ]) {
      expect(read(text, thursday)).toEqual([["Tuesday's midnight", endOfDay(TUESDAY, {})]]);
      expect(readTimeml(text, thursday)).toEqual([
        ["Tuesday's midnight", endOfDay(TUESDAY, { timeml: true })],
      ]);
    }
  });
});
