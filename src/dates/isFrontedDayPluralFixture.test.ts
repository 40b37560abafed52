import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFrontedDayPluralFixture } from './isFrontedDayPluralFixture.ts';
import { shiftTimex } from './shiftTimex.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
// The value of the first mention that holds the weekday, in both readings.
const weekdayRead = (text: string, published: string, weekday: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, on(published)).find((m) => m.text.includes(weekday))?.value,
  );
const read = (weekday: string, published: string, tense: 'past' | 'future') =>
  weekdayByTense(weekdayNumber(weekday), published, tense);

describe('a weekday that opens a plural side fixture told in the present', () => {
  it.each([
    ['On Sunday the Czechs play the Russians for the gold medal.', '1998-02-20', 'Sunday'],
    ['On Saturday the Americans play Sweden and the winner advances.', '1998-02-12', 'Saturday'],
    ['On Saturday the Kentucky Wildcats play Stanford in San Antonio.', '1998-03-26', 'Saturday'],
    ['On Tuesday voters in Chicago choose a new alderman.', '1998-04-02', 'Tuesday'],
    ['On Saturday the Americans play Sweden, and whoever wins advances.', '1998-02-12', 'Saturday'],
    [
      'On Saturday the Americans face Sweden, and a win puts them in the final.',
      '1998-02-12',
      'Saturday',
    ],
    ['On Monday the women skate their short program.', '1998-02-13', 'Monday'],
    [
      'Next week in Nagano: on Thursday the Swiss curlers face the Canadians.',
      '1998-02-06',
      'Thursday',
    ],
  ])('reads "%s", said on %s, as the coming %s', (text, published, weekday) => {
    const day = read(weekday, published, 'future');
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });

  it.each([
    ['On Wednesday the Czechs stun the Americans four to one.', '1998-02-20', 'Wednesday'],
    ['On Sunday the Broncos play their best game and win the Super Bowl.', '1998-01-26', 'Sunday'],
    [
      'On Saturday the Americans lose to Sweden, and the coach blames the travel.',
      '1998-02-16',
      'Saturday',
    ],
    ['On Monday the Canadians played the Swedes to a draw.', '1998-02-20', 'Monday'],
    [
      'Looking back at the week: on Tuesday the Czechs play the Americans.',
      '1998-02-20',
      'Tuesday',
    ],
    ['On Sunday the Czechs beat the Russians and take home the gold.', '1998-02-23', 'Sunday'],
    ['On Monday officials said the talks resume on Thursday.', '1998-02-18', 'Monday'],
    [
      'On Sunday the Broncos face the Packers, and John Elway finally wins his Super Bowl.',
      '1998-01-26',
      'Sunday',
    ],
    ['On Sunday the Lakers meet the Jazz and fall by eleven.', '1998-03-02', 'Sunday'],
    ['On Tuesday the American women take gold in hockey.', '1998-02-20', 'Tuesday'],
    [
      'On Saturday the coach said the players face a tough test against Sweden.',
      '1998-02-16',
      'Saturday',
    ],
    [
      'On Friday, the Iraqis said the inspectors go home when the sanctions end.',
      '1998-02-23',
      'Friday',
    ],
  ])('reads "%s", said on %s, as the %s gone by', (text, published, weekday) => {
    const day = read(weekday, published, 'past');
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });

  it('takes no date inside its sentence for one that opens it', () => {
    expect(
      isFrontedDayPluralFixture('The Czechs said on ', 'Sunday', ' the Russians play for gold'),
    ).toBe(false);
  });

  it('reads "November sales at stores open at least a year rose 3.5%", said on 4 December 1989, as the November gone by', () => {
    const published = '1989-12-04';
    const text = 'November sales at stores open at least a year rose 3.5%.';
    const values = [findMentions, findTimemlMentions].map(
      (find) => find(text, on(published)).find((m) => m.text.includes('November'))?.value,
    );
    const november = shiftTimex(published.slice(0, 7), { amount: -1, unit: 'month' });
    expect(values).toEqual([november, november]);
  });
});

describe('a later weekday of the same plural side schedule', () => {
  it.each([
    ['On Sunday the Czechs play the Russians, and the downhill men race on Monday.', 'Monday'],
    [
      'On Sunday the Czechs play the Russians, and the Swiss curlers meet the Swedes on Tuesday.',
      'Tuesday',
    ],
  ])('reads "%s", said on Friday 20 February 1998, as the coming %s', (text, weekday) => {
    const published = '1998-02-20';
    expect(weekdayRead(text, published, weekday)).toEqual([
      read(weekday, published, 'future'),
      read(weekday, published, 'future'),
    ]);
  });

  it.each([
    [
      'On Wednesday the Czechs stun the Americans, and the downhill men race on Thursday.',
      'Thursday',
    ],
    ['On Sunday the Czechs played the Russians, and the downhill men raced on Monday.', 'Monday'],
    [
      'On Sunday the Czechs play the Russians, and the downhill men race on Monday and win.',
      'Monday',
    ],
  ])('keeps "%s", said on Friday 20 February 1998, on the %s gone by', (text, weekday) => {
    const published = '1998-02-20';
    expect(weekdayRead(text, published, weekday)[0]).toBe(read(weekday, published, 'past'));
  });
});

describe('voters in a place of a long name', () => {
  it.each([
    [
      "On Tuesday voters in the Central Coast's Twenty-Second District choose a successor to Walter Capps.",
      '1998-01-29',
    ],
    [
      'On Tuesday voters in the Los Angeles Community College District choose three trustees.',
      '1998-03-23',
    ],
  ])('reads "%s", said on %s, as the coming Tuesday', (text, published) => {
    const coming = read('Tuesday', published, 'future');
    expect(weekdayRead(text, published, 'Tuesday')).toEqual([coming, coming]);
  });

  it('reads "On Tuesday voters in the Central Coast\'s Twenty-Second District chose Lois Capps", said on Thursday 12 March 1998, as the Tuesday gone by', () => {
    const text =
      "On Tuesday voters in the Central Coast's Twenty-Second District chose Lois Capps to succeed her husband.";
    const gone = read('Tuesday', '1998-03-12', 'past');
    expect(weekdayRead(text, '1998-03-12', 'Tuesday')).toEqual([gone, gone]);
  });
});

describe('what voters do at the polls', () => {
  it.each([
    [
      'On Tuesday voters in the Santa Barbara County Unified School District decide a bond measure.',
      '1998-03-06',
    ],
    [
      "On Tuesday voters in New Jersey's Sixth Assembly District pick a new assemblyman.",
      '1998-04-02',
    ],
  ])('reads "%s", said on %s, as the coming Tuesday', (text, published) => {
    const coming = read('Tuesday', published, 'future');
    expect(weekdayRead(text, published, 'Tuesday')).toEqual([coming, coming]);
  });

  it.each([
    'On Tuesday the Americans pick up their first medal and win.',
    'On Monday the judges decided the pairs event.',
  ])('keeps "%s", said on Friday 20 February 1998, on the weekday gone by', (text) => {
    const weekday = /^On (\w+)/.exec(text)![1]!;
    const gone = read(weekday, '1998-02-20', 'past');
    expect(weekdayRead(text, '1998-02-20', weekday)).toEqual([gone, gone]);
  });
});
