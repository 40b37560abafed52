import { nextDay, previousDay, type Day } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { toTimex } from './toTimex.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on a Wednesday.
const FEBRUARY_12 = { published: '2014-02-12', locale: 'en-US' } as const;
const value = (text: string, words: string) =>
  findMentions(text, FEBRUARY_12).find((m) => m.text === words)?.value;
const timemlValue = (text: string, words: string) =>
  findTimemlMentions(text, FEBRUARY_12).find((m) => m.text === words)?.value;

describe("a weekday's event after a present verb of expecting it", () => {
  it('reads "We expect Friday\'s meeting to give some impetus" as the coming Friday, in both readings', () => {
    const text = '"We expect Friday\'s meeting to give some impetus," a Russian diplomat said.';
    expect(value(text, 'Friday')).toBe('2014-02-14');
    expect(timemlValue(text, 'Friday')).toBe('2014-02-14');
  });

  it.each([
    ["Analysts expect Thursday's figures to show a rise.", 'Thursday', '2014-02-13'],
    ["Traders are watching Friday's jobs report.", 'Friday', '2014-02-14'],
    ["Fans are looking forward to Saturday's final.", 'Saturday', '2014-02-15'],
  ])('reads %j as the day ahead', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it.each([
    ["They had expected Friday's meeting to settle it.", 'Friday', '2014-02-07'],
    ["Viewers were watching Monday's match when the lights failed.", 'Monday', '2014-02-10'],
    ["He hopes Sunday's win marks a turning point.", 'Sunday', '2014-02-09'],
    ["Monday's attack was unexpected.", 'Monday', '2014-02-10'],
  ])('still reads %j as the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  // Published on Wednesday 2019-06-12 and Friday 2021-03-19: the day gone by is the nearer.
  it.each([
    [
      '2019-06-12',
      "Analysts expect Monday's selloff to spread to Asian markets.",
      'Monday',
      '2019-06-10',
    ],
    ['2019-06-12', "Analysts expect Monday's selloff to continue.", 'Monday', '2019-06-10'],
    ['2019-06-12', "Wall Street expects Tuesday's rally to fade.", 'Tuesday', '2019-06-11'],
    [
      '2019-06-12',
      "The company expects Tuesday's ruling to be overturned on appeal.",
      'Tuesday',
      '2019-06-11',
    ],
    [
      '2019-06-12',
      "Insurers expect Sunday's earthquake to cost them $2 billion.",
      'Sunday',
      '2019-06-09',
    ],
    [
      '2019-06-12',
      "Officials are waiting for Sunday's ballots to be counted.",
      'Sunday',
      '2019-06-09',
    ],
    ['2019-06-12', "Regulators are watching Monday's outage closely.", 'Monday', '2019-06-10'],
    [
      '2021-03-19',
      "Forecasters expect Wednesday's storm to have dumped a foot of snow by the time it ended.",
      'Wednesday',
      '2021-03-17',
    ],
    [
      '2021-03-19',
      "Investors expect Thursday's Fed decision to keep rates on hold for years.",
      'Thursday',
      '2021-03-18',
    ],
    [
      '2021-03-19',
      "The union expects Tuesday's talks to resume next month.",
      'Tuesday',
      '2021-03-16',
    ],
  ])(
    'reads %j %j after a present verb of expecting as the day gone by when that is the nearer, in both readings',
    (published, text, words, day) => {
      const at = { published, locale: 'en-US' } as const;
      expect(findMentions(text, at).find((m) => m.text === words)?.value).toBe(day);
      expect(findTimemlMentions(text, at).find((m) => m.text === words)?.value).toBe(day);
    },
  );

  // Published on a Friday: the coming one is the nearer, as for the diplomat's Friday.
  it('reads "Forecasters expect Monday\'s storm to bring heavy snow" said on a Friday as the coming Monday', () => {
    const text = "Forecasters expect Monday's storm to bring heavy snow.";
    expect(
      findMentions(text, { published: '2021-03-19', locale: 'en-US' }).find(
        (m) => m.text === 'Monday',
      )?.value,
    ).toBe('2021-03-22');
  });

  // Said on a Wednesday, the Friday ahead is the nearer; these tell no present expecting of it.
  it.each([
    ["Markets did not expect Friday's rate cut.", 'Friday'],
    ["Nobody could anticipate Friday's collapse, the minister said.", 'Friday'],
    ["Police expect Friday's shooting was gang-related.", 'Friday'],
  ])('reads %j as the day gone by even when the coming one is nearer', (text, words) => {
    const at = { published: '2019-06-12', locale: 'en-US' } as const;
    expect(findMentions(text, at).find((m) => m.text === words)?.value).toBe('2019-06-07');
  });

  it.each([
    ['2019-06-12', "Markets did not expect Tuesday's rate cut.", 'Tuesday', '2019-06-11'],
    [
      '2019-06-12',
      "Nobody could anticipate Monday's collapse, the minister said.",
      'Monday',
      '2019-06-10',
    ],
    ['2019-06-12', "Police expect Monday's shooting was gang-related.", 'Monday', '2019-06-10'],
    [
      '2019-06-12',
      "Economists expect Friday's retail sales report to show a modest gain.",
      'Friday',
      '2019-06-14',
    ],
    [
      '2019-06-12',
      "We're watching Thursday's vote closely, a diplomat said.",
      'Thursday',
      '2019-06-13',
    ],
    ['2019-06-12', "Residents are bracing for Saturday's storm.", 'Saturday', '2019-06-15'],
  ])('reads the reviewed %j %j as before or as mended', (published, text, words, day) => {
    expect(
      findMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value,
    ).toBe(day);
  });
});

describe('a "will" after a weekday\'s event that a present verb of expecting governs', () => {
  // Published on Wednesday 2024-11-13: the Monday gone by is the nearer.
  const WEDNESDAY = { published: '2024-11-13', locale: 'en-US' } as const;
  const read = (text: string, words: string) =>
    findMentions(text, WEDNESDAY).find((m) => m.text === words)?.value;
  const readTimeml = (text: string, words: string) =>
    findTimemlMentions(text, WEDNESDAY).find((m) => m.text === words)?.value;

  it('reads "Investors anticipate Monday\'s losses will be recouped" as the Monday gone by, in both readings', () => {
    const text = "Investors anticipate Monday's losses will be recouped.";
    expect(read(text, 'Monday')).toBe('2024-11-11');
    expect(readTimeml(text, 'Monday')).toBe('2024-11-11');
    expect(read("Analysts expect Monday's selloff will spread to Asia.", 'Monday')).toBe(
      '2024-11-11',
    );
  });

  it.each([
    ["Analysts expect Friday's jobs report will show slower hiring."],
    ["Economists expect Friday's report will show hiring slowed."],
  ])('reads %j, told on a Monday, as the coming Friday: a report is no outcome', (text) => {
    const monday = { published: '2024-03-04', locale: 'en-US' } as const;
    expect(findMentions(text, monday).find((m) => m.text === 'Friday')?.value).toBe('2024-03-08');
    expect(findTimemlMentions(text, monday).find((m) => m.text === 'Friday')?.value).toBe(
      '2024-03-08',
    );
  });

  it.each([
    ["We expect Friday's meeting will give some impetus.", 'Friday', '2024-11-15'],
    ["Friday's vote will decide it.", 'Friday', '2024-11-15'],
  ])('still reads %j as the day ahead', (text, words, day) => {
    expect(read(text, words)).toBe(day);
  });
});

describe('a weekday\'s event with a "will" after a joiner', () => {
  it('keeps "injured in Saturday\'s game and will miss two weeks" gone by, the "will" the player\'s', () => {
    const text = "He was injured in Saturday's game and will miss two weeks.";
    expect(value(text, 'Saturday')).toBe('2014-02-08');
    expect(timemlValue(text, 'Saturday')).toBe('2014-02-08');
  });

  it('still reads "Saturday\'s game will decide the title" as the day ahead', () => {
    expect(value("Saturday's game will decide the title.", 'Saturday')).toBe('2014-02-15');
  });

  it('keeps the day gone by when a pronoun follows the joiner: "Saturday\'s game, and he will miss"', () => {
    expect(value("He was hurt in Saturday's game, and he will miss a month.", 'Saturday')).toBe(
      '2014-02-08',
    );
  });

  it('reads a joiner within the event\'s name as the day ahead: "Sunday\'s race and parade will"', () => {
    const text = "Sunday's race and parade will close roads across the city.";
    expect(value(text, 'Sunday')).toBe('2014-02-16');
    expect(timemlValue(text, 'Sunday')).toBe('2014-02-16');
    expect(value("Friday's Q and A will be streamed live.", 'Friday')).toBe('2014-02-14');
  });
});

describe('a report or release expected when its weekday gone by is three or more days back', () => {
  // Monday 23 February 1998: the Friday gone by is three days back, the coming one four ahead.
  const MONDAY = { published: '1998-02-23', locale: 'en-US' } as const;
  const monday = toLocalDate(MONDAY.published);
  const ahead = (weekday: Day) => toTimex(nextDay(monday, weekday), 'day');
  const goneBy = (weekday: Day) => toTimex(previousDay(monday, weekday), 'day');
  const both = (text: string, words: string) =>
    [findMentions(text, MONDAY), findTimemlMentions(text, MONDAY)].map(
      (read) => read.find((m) => m.text === words)?.value,
    );

  it.each([
    ["Economists expect Friday's report to be strong.", 'Friday', 5],
    ["Traders expect Thursday's retail sales data to be weak.", 'Thursday', 4],
    ["Analysts expect Friday's gross domestic product figures to show slow growth.", 'Friday', 5],
    ["Bond dealers are watching Friday's producer price report.", 'Friday', 5],
  ] as const)(
    'reads %j, said on Monday 23 February 1998, as the coming day, in both readings',
    (text, words, weekday) => {
      expect(both(text, words)).toEqual([ahead(weekday), ahead(weekday)]);
    },
  );

  it.each([
    ["Analysts expect Friday's selloff to spread to Asian markets.", 'Friday', 5],
    ["Economists had expected Friday's payroll report to be stronger.", 'Friday', 5],
    ["Analysts expect Friday's disappointing report to weigh on stocks.", 'Friday', 5],
    ["Economists said Friday's report showed the economy slowing.", 'Friday', 5],
    ["Police expect Friday's report was leaked.", 'Friday', 5],
  ] as const)(
    'still reads %j, said on Monday 23 February 1998, as the day gone by',
    (text, words, weekday) => {
      expect(both(text, words)[0]).toBe(goneBy(weekday));
    },
  );
});
