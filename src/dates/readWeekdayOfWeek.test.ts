import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

// A Wednesday: its ISO week runs from Monday 10 to Sunday 16 March 2025.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('a weekday of last, this or next week', () => {
  it('reads "on Thursday last week" as that weekday of the week before publication', () => {
    expect(read('The Kremlin said on Thursday last week that it had not been briefed.')).toEqual([
      ['on Thursday last week', 'DATE', '2025-03-06'],
    ]);
  });

  it('reads "Tuesday of last week" and "Monday this week" in their weeks', () => {
    expect(read('He met the envoy on Tuesday of last week.')).toEqual([
      ['on Tuesday of last week', 'DATE', '2025-03-04'],
    ]);
    expect(read('The firm said on Monday this week that it had sold the unit.')).toEqual([
      ['on Monday this week', 'DATE', '2025-03-10'],
    ]);
  });

  it('reads "Saturday next week" in the week after publication, whatever the tense', () => {
    expect(read('The team plays on Saturday next week.')).toEqual([
      ['on Saturday next week', 'DATE', '2025-03-22'],
    ]);
    expect(read('Officials said the vote would be held Sunday next week.')).toEqual([
      ['Sunday next week', 'DATE', '2025-03-23'],
    ]);
  });

  it('reads "this week" said on a Sunday as the week ahead when the sentence looks ahead', () => {
    // A Sunday, the last day of the ISO week from Monday 10 March 2025.
    const sunday = (text: string) =>
      findMentions(text, { published: '2025-03-16', locale: 'en-US' }).map((m) => m.value);
    expect(sunday('The trade fair opens Thursday this week.')).toEqual(['2025-03-20']);
    expect(sunday('Bids close on Tuesday this week, the agency said.')).toEqual(['2025-03-18']);
    expect(sunday('The envoy arrived on Thursday this week.')).toEqual(['2025-03-13']);
  });

  it('reads "last week on Thursday" as the same day', () => {
    expect(read('They met last week on Thursday.')).toEqual([
      ['last week on Thursday', 'DATE', '2025-03-06'],
    ]);
  });

  it('does not read a weekday before "next week’s" or "the last week" as a day of that week', () => {
    const texts = (text: string) => read(text).map(([words]) => words);
    expect(texts('On Friday next week’s budget will be published.')).not.toContain(
      'On Friday next week',
    );
    expect(texts('The index fell 3% in the last week on Thursday.')).toEqual([
      'the last week',
      'on Thursday',
    ]);
  });

  it('leaves a weekday and a week that only stand side by side apart', () => {
    expect(read('He arrived on Monday; last week he was in Rome.').map(([text]) => text)).toEqual([
      'on Monday',
      'last week',
    ]);
  });
  it('reads "next week, probably Wednesday" as the Wednesday of next week', () => {
    expect(read('The committee will hold a second hearing next week, probably Wednesday.')).toEqual(
      [
        ['next week', 'DATE', '2025-W12'],
        ['Wednesday', 'DATE', '2025-03-19'],
      ],
    );
    expect(read('The vote was put off until next week (perhaps on Thursday).')).toContainEqual([
      'on Thursday',
      'DATE',
      '2025-03-20',
    ]);
  });

  it('reads "last week, most likely Monday" as the Monday of last week', () => {
    expect(read('The parcel was posted last week, most likely Monday.')).toEqual([
      ['last week', 'DATE', '2025-W10'],
      ['Monday', 'DATE', '2025-03-03'],
    ]);
  });

  it('does not read a weekday after a week and a comma as that week’s when it heads its own words', () => {
    expect(read('The budget comes next week, Tuesday’s figures showed.')).toEqual([
      ['next week', 'DATE', '2025-W12'],
      ['Tuesday', 'DATE', '2025-03-11'],
    ]);
    expect(
      read('The budget comes next week, Monday said the minister.').map(([, , v]) => v),
    ).toEqual(['2025-W12', '2025-03-10']);
    expect(read('The vote is next week. Tuesday, the panel met.')).toEqual([
      ['next week', 'DATE', '2025-W12'],
      ['Tuesday', 'DATE', '2025-03-11'],
    ]);
  });

  // Published on Friday 2021-03-19 (ISO week 11) and Monday 2022-10-03 (week 40).
  it.each([
    [
      '2021-03-19',
      'Lawmakers return next week, probably Tuesday afternoon.',
      'Tuesday afternoon',
      '2021-03-23',
    ],
    [
      '2021-03-19',
      'The cargo was unloaded last week, likely Tuesday morning, port officials said.',
      'Tuesday morning',
      '2021-03-09',
    ],
    [
      '2022-10-03',
      'The storm reached the coast last week, probably Thursday night.',
      'Thursday night',
      '2022-09-29',
    ],
  ])(
    'keeps the part of the day with the weekday set after a named week (%s: %j)',
    (published, text, words, day) => {
      const found = findMentions(text, { published, locale: 'en-US' });
      expect(found.map((m) => [m.text, m.value]).at(-1)).toEqual([words, day]);
    },
  );

  it.each([
    ['Stocks slid last week, Monday brought a rebound.', 'Monday', '2021-03-15'],
    [
      'The inquiry opened last week, Tuesday marked a year since the crash.',
      'Tuesday',
      '2021-03-16',
    ],
    ['Stocks slid last week, Monday morning brought a rebound.', 'Monday morning', '2021-03-15'],
  ])(
    'does not read %j, the weekday opening its own clause with a past verb, as the week’s',
    (text, words, day) => {
      const found = findMentions(text, { published: '2021-03-19', locale: 'en-US' });
      expect(found.find((m) => m.text === words)?.value).toBe(day);
    },
  );

  it('still reads "last week, possibly Thursday" as that week’s Thursday', () => {
    const found = findMentions('The shipment left the port last week, possibly Thursday.', {
      published: '2021-03-19',
      locale: 'en-US',
    });
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['last week', '2021-W10'],
      ['Thursday', '2021-03-11'],
    ]);
  });
});
