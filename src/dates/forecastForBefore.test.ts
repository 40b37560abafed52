import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { forecastForBefore } from './forecastForBefore.ts';

const FEB_13_1998 = { published: '1998-02-13', locale: 'en-US' } as const; // a Friday
const read = (text: string) => findMentions(text, FEB_13_1998).map((m) => [m.text, m.value]);
const readTimeml = (text: string) =>
  findTimemlMentions(text, FEB_13_1998).map((m) => [m.text, m.value]);

describe('forecastForBefore', () => {
  it('reads "the forecast for the weekend calls for snow", said on Friday 13 February 1998, as 1998-W07-WE', () => {
    const text = 'the forecast for the weekend calls for snow in New England.';
    expect(read(text)).toEqual([['the weekend', '1998-W07-WE']]);
    expect(readTimeml(text)).toEqual([['the weekend', '1998-W07-WE']]);
    expect(readTimeml('The outlook for the weekend is cold and dry.')).toEqual([
      ['the weekend', '1998-W07-WE'],
    ]);
  });

  it('tells "forecast for" before the time at its start', () => {
    const text = 'the forecast for the weekend';
    expect(forecastForBefore(text, text.indexOf('the weekend'))).toBe(true);
    expect(forecastForBefore('plans for the weekend', 10)).toBe(false);
  });

  it('keeps "the forecast for the weekend was wrong" and "sales for the weekend rose", said on Friday 13 February 1998, as the weekend gone by', () => {
    expect(readTimeml('the forecast for the weekend was wrong.')).toEqual([
      ['the weekend', '1998-W06-WE'],
    ]);
    expect(readTimeml('Ticket sales for the weekend rose 10 percent.')).toEqual([
      ['the weekend', '1998-W06-WE'],
    ]);
  });
});
