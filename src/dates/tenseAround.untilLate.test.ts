import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const value = (text: string, published: string, words: string) =>
  findMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value;
const timemlValue = (text: string, published: string, words: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value;

describe('a past passive before "until" or "through" and "early" or "late"', () => {
  it.each([
    ['The road was closed until late Sunday, police said.', '2022-10-03', 'Sunday', '2022-10-02'],
    [
      'The bridge was shut until late Saturday after the crash.',
      '2022-10-03',
      'Saturday',
      '2022-10-01',
    ],
    [
      'Flights were grounded until early Sunday, the airline said.',
      '2022-10-03',
      'Sunday',
      '2022-10-02',
    ],
    ['The market was shut through late Sunday.', '2022-10-03', 'Sunday', '2022-10-02'],
    ['Power was cut until early Tuesday, the utility said.', '2022-10-05', 'Tuesday', '2022-10-04'],
  ])('reads %j, said on %s, as the day gone by, in both readings', (text, published, day, want) => {
    expect(value(text, published, day)).toBe(want);
    const words = text.slice(text.search(/\b(?:early|late) /), text.indexOf(day) + day.length);
    expect(timemlValue(text, published, words)).toBe(want);
  });

  it.each([
    ['The road is closed until late Sunday.', '2022-10-05', 'Sunday', '2022-10-09'],
    ['Polls stay open until late Sunday.', '2022-10-03', 'Sunday', '2022-10-09'],
    ['The office is closed until early Monday.', '2022-10-05', 'Monday', '2022-10-10'],
  ])('still reads %j, said on %s, as the day ahead', (text, published, day, want) => {
    expect(value(text, published, day)).toBe(want);
  });
});
