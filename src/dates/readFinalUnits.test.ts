import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Friday.
const NOV_25 = { published: '2016-11-25', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, NOV_25).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, NOV_25).map((m) => [m.text, m.type, m.value] as const);

describe('readFinalUnits', () => {
  it("reads no day in 'the last day of the festival' or 'his last day in office', which are no yesterday", () => {
    for (const text of [
      'Screenings run again on the last day of the festival.',
      'He spent his last day in office signing pardons.',
      'It was her final week at the company.',
      'In the last year of his presidency, he traveled widely.',
    ]) {
      expect(read(text), text).toEqual([]);
      expect(readTimeml(text), text).toEqual([]);
    }
  });

  it("keeps the date of a final unit that sits beside it ('on Sunday, the last day of the festival')", () => {
    expect(read('The films will be shown on Sunday, the last day of the festival.')).toEqual([
      ['on Sunday', 'DATE', '2016-11-27'],
    ]);
  });

  it("still reads the last day of a calendar stretch and 'last week' itself", () => {
    expect(read('Rent is due on the last day of the month.')).toEqual([
      ['last day of the month', 'DATE', '2016-11-30'],
    ]);
    expect(read('Talks continue until the last week of March.')).toEqual([
      ['the last week of March', 'DATE', '2017-03'],
    ]);
    expect(read('Prices rose last week.')).toEqual([['last week', 'DATE', '2016-W46']]);
    expect(readTimeml('Prices rose last week.')).toEqual([['last week', 'DATE', '2016-W46']]);
  });
});
