import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
// The clocks each reading finds, in order.
const clocks = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, on(published))
      .map((m) => m.value)
      .filter((value) => value.includes('T')),
  );
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00`;

describe("a day's voting hours told in words", () => {
  it.each([
    ['Polling places were open from seven to eight yesterday, and turnout was light.', -1, 7, 20],
    ['Polls in Illinois are open from six to seven tomorrow.', 1, 6, 19],
    ['The precincts stay open from seven to eight today, officials said.', 0, 7, 20],
    ['Voting in the runoff runs from seven to seven today in all ninety precincts.', 0, 7, 19],
    ['The polling stations opened from eight to four yesterday.', -1, 8, 16],
  ])('reads "%s", said on 17 March 1998, as the whole day', (text, shift, first, second) => {
    const published = '1998-03-17';
    const day = shiftTimex(published, { amount: shift, unit: 'day' });
    const both = [at(day, first), at(day, second)];
    expect(clocks(text, published)).toEqual([both, both]);
  });

  it.each([
    ['The courthouse was open from eight to four yesterday.', -1, 8, 16],
    ['The embassy was closed from eight to ten yesterday.', -1, 8, 10],
    ['The shelter was open from seven to eight yesterday for late arrivals.', -1, 7, 8],
    [
      'A polling station in Derry was closed from ten to eleven yesterday after a bomb scare.',
      -1,
      10,
      11,
    ],
    ['Voting was halted at one polling station, which was shut from nine to ten today.', 0, 9, 10],
    [
      'The Ninth Precinct station house was open from nine to eleven today for the blood drive.',
      0,
      9,
      11,
    ],
    ["The city's police precincts were open from nine to eleven today.", 0, 9, 11],
  ])('reads "%s", said on 17 March 1998, as a working day', (text, shift, first, second) => {
    const published = '1998-03-17';
    const day = shiftTimex(published, { amount: shift, unit: 'day' });
    const both = [at(day, first), at(day, second)];
    expect(clocks(text, published)).toEqual([both, both]);
  });

  it('reads no voting hours in a run that is no vote, "The sale runs from seven to eight today"', () => {
    expect(clocks('The sale runs from seven to eight today.', '1998-03-17')).toEqual([[], []]);
  });
});
