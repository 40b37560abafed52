import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const values = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, on(published)).map((m) => m.value));
const dayAfter = (published: string, days: number) =>
  format(addDays(toLocalDate(published), days), 'yyyy-MM-dd');

describe("a place's or the voting's hours told as a schedule", () => {
  it('reads "The polling stations in the city stay open from seven to nine on Tuesday", said on Monday 6 April 1998, on the coming Tuesday', () => {
    const tuesday = dayAfter('1998-04-06', 1);
    const found = [`${tuesday}T07:00`, `${tuesday}T21:00`, tuesday];
    expect(
      values(
        'The polling stations in the city stay open from seven to nine on Tuesday.',
        '1998-04-06',
      ),
    ).toEqual([found, found]);
  });

  it('reads "The library will be open as a warming center from ten to four on Tuesday", said on 2 February 1998, as the coming Tuesday\'s hours', () => {
    const tuesday = dayAfter('1998-02-02', 1);
    const found = [`${tuesday}T10:00`, `${tuesday}T16:00`, tuesday];
    expect(
      values(
        'The library will be open as a warming center from ten to four on Tuesday.',
        '1998-02-02',
      ),
    ).toEqual([found, found]);
  });

  it('reads "Voters had from seven to eight on Tuesday to cast ballots", said that Tuesday, as the day\'s voting', () => {
    const tuesday = '1998-03-31';
    const found = [`${tuesday}T07:00`, `${tuesday}T20:00`, tuesday];
    expect(
      values(
        'Voters had from seven to eight on Tuesday to cast ballots in the school board race.',
        tuesday,
      ),
    ).toEqual([found, found]);
  });

  it('keeps the Tuesday gone by for hours told in the past ("stayed open"), said on Thursday 12 March 1998', () => {
    const tuesday = dayAfter('1998-03-12', -2);
    const found = [`${tuesday}T07:00`, `${tuesday}T21:00`, tuesday];
    expect(
      values(
        'Polling stations stayed open from seven to nine on Tuesday, and turnout was heavy.',
        '1998-03-12',
      ),
    ).toEqual([found, found]);
  });

  it.each([
    'Turnout among voters ran from seven to nine percent on Tuesday.',
    'Voters had from seven to eight hundred signatures on Tuesday.',
  ])('reads no clock in "%s"', (text) => {
    for (const found of values(text, '1998-03-17')) {
      expect(found.filter((v) => v.includes('T'))).toEqual([]);
    }
  });
});
