import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';
import { weekdayByTense } from './weekdayByTense.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];

describe('a stretch of hours in words whose numbers the clause after it counts', () => {
  it.each([
    'Flood shelters in the county closed from nine to five yesterday, leaving five of them open.',
    'Red Cross shelters in Ventura County closed from eight to three yesterday, with three still taking in families.',
    'Mountain passes in the Sierra closed from two to seven yesterday, leaving only one of the nine passes open.',
    "Warming centres in Montreal opened from two to eleven yesterday, bringing the city's total to eleven.",
    'Shelters closed from six to eleven yesterday, leaving six still open.',
  ])('reads "%s", said on 17 March 1998, as yesterday alone', (text) => {
    const published = '1998-03-17';
    const yesterday = shiftTimex(published, { amount: -1, unit: 'day' });
    expect(both(text, published)).toEqual([
      [`yesterday = ${yesterday}`],
      [`yesterday = ${yesterday}`],
    ]);
  });

  it('reads "Schools closed from one to ten this morning, according to the district\'s own count", said on 17 March 1998, as this morning alone', () => {
    const text =
      "Schools closed from one to ten this morning, according to the district's own count.";
    const published = '1998-03-17';
    expect(both(text, published)).toEqual([
      [`this morning = ${published}`],
      [`this morning = ${published}TMO`],
    ]);
  });

  it('reads "Polling places in the county reopened from six to eleven on Monday, out of fourteen the storm had shut", said on Tuesday 3 February 1998, as Monday alone', () => {
    const text =
      'Polling places in the county reopened from six to eleven on Monday, out of fourteen the storm had shut.';
    const published = '1998-02-03';
    const monday = weekdayByTense(1, published, 'past');
    expect(findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`)).toEqual([
      `on Monday = ${monday}`,
    ]);
  });

  it.each([
    [
      'Flood shelters in the county closed from nine to five yesterday, leaving families to sleep in their cars.',
      9,
      17,
    ],
    ['The Sarajevo airport shut from ten to four yesterday, according to a UN spokesman.', 10, 16],
    [
      "The valley's bus depot shut from twelve to six yesterday, leaving commuters stranded.",
      12,
      18,
    ],
    ['Schools closed from one to three yesterday afternoon, according to the district.', 13, 15],
    ['The courthouse was open from eight to four yesterday, according to county records.', 8, 16],
    ['The shelter was open from ten to four yesterday, with ten cots left for the night.', 10, 16],
    [
      'Polling places were open from seven to eight yesterday, with seven of the nine wards reporting long lines.',
      7,
      20,
    ],
  ])('keeps both clocks of "%s", said on 17 March 1998', (text, first, second) => {
    const published = '1998-03-17';
    const yesterday = shiftTimex(published, { amount: -1, unit: 'day' });
    const clocks = findMentions(text, on(published))
      .map((m) => m.value)
      .filter((value) => value.includes('T'));
    const at = (hour: number) => `${yesterday}T${String(hour).padStart(2, '0')}:00`;
    expect(clocks).toEqual([at(first), at(second)]);
  });
});
