import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFrontedDayOfPresentSaying } from './isFrontedDayOfPresentSaying.ts';
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

describe('a fronted weekday of a saying told in the present', () => {
  it.each([
    [
      'On Tuesday aides say the President will travel to Africa on Sunday.',
      '1998-03-19',
      'Tuesday',
    ],
    [
      'On Monday officials say the inspectors will return to the presidential sites on Saturday.',
      '1998-01-22',
      'Monday',
    ],
    [
      'On Wednesday diplomats say Kofi Annan will fly to Baghdad this weekend.',
      '1998-02-20',
      'Wednesday',
    ],
    [
      'On Tuesday White House aides say that the President is expected to return on April 2.',
      '1998-03-26',
      'Tuesday',
    ],
  ])('reads "%s", said on %s, as the %s gone by', (text, published, weekday) => {
    const gone = read(weekday, published, 'past');
    expect(weekdayRead(text, published, weekday)).toEqual([gone, gone]);
  });

  it.each([
    [
      'On Monday, officials say, the inspectors will return to the palaces.',
      '1998-01-22',
      'Monday',
    ],
    ['On Sunday the Pope says Mass in Revolution Square.', '1998-01-22', 'Sunday'],
    ['On Sunday the Pope says Mass and the crowds will be huge.', '1998-01-22', 'Sunday'],
    ['On Friday the couple say goodbye and the new owners will move in.', '1998-01-22', 'Friday'],
    ['Aides say the President will travel to Africa on Sunday.', '1998-03-19', 'Sunday'],
    [
      'On Saturday the weather service says temperatures will climb into the seventies.',
      '1998-02-19',
      'Saturday',
    ],
    ['On Sunday the Pope says Mass and then will fly back to Rome.', '1998-01-22', 'Sunday'],
    [
      'On Sunday the Pope says Mass and then will fly back to Rome on Monday.',
      '1998-01-22',
      'Sunday',
    ],
    [
      'On Thursday the President says goodbye to Ghana and will fly on to Uganda.',
      '1998-03-21',
      'Thursday',
    ],
  ])('reads "%s", said on %s, as the coming %s', (text, published, weekday) => {
    const coming = read(weekday, published, 'future');
    expect(weekdayRead(text, published, weekday)).toEqual([coming, coming]);
  });

  it('takes only a weekday that opens its sentence', () => {
    const after = ' aides say the President will travel to Africa on Sunday.';
    expect(isFrontedDayOfPresentSaying('On ', 'Tuesday', after)).toBe(true);
    expect(isFrontedDayOfPresentSaying('He left on ', 'Tuesday', after)).toBe(false);
  });

  it('takes only a saying whose told deed names a time of its own', () => {
    const told = ' aides say the President will travel to Africa';
    expect(isFrontedDayOfPresentSaying('On ', 'Tuesday', `${told} next week.`)).toBe(true);
    expect(isFrontedDayOfPresentSaying('On ', 'Tuesday', `${told} on April 2.`)).toBe(true);
    expect(isFrontedDayOfPresentSaying('On ', 'Tuesday', `${told}.`)).toBe(false);
    expect(isFrontedDayOfPresentSaying('On ', 'Tuesday', `${told} in May.`)).toBe(true);
    expect(isFrontedDayOfPresentSaying('On ', 'Tuesday', `${told} if it may.`)).toBe(false);
  });
});
