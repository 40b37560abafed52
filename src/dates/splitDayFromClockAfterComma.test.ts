import { addDays, nextSaturday, previousThursday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { toTimex } from './toTimex.ts';

// Friday 20 October 1989.
const OCTOBER_20 = { published: '1989-10-20', locale: 'en-US' } as const;
const daysBack = (days: number) =>
  toTimex(addDays(toLocalDate(OCTOBER_20.published), -days), 'day');
const read = (text: string) =>
  findMentions(text, OCTOBER_20).map((m) => [m.text, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, OCTOBER_20).map((m) => [m.text, m.value] as const);

describe('a day, a comma, and a stretch from a clock of another day named after it', () => {
  it('reads "By Thursday, from 2 p.m. Wednesday, the index had fallen", said on Friday 20 October 1989, as Thursday and 2 p.m. on Wednesday, in both readings', () => {
    const text = 'By Thursday, from 2 p.m. Wednesday, the index had fallen 40 points.';
    const thursday = daysBack(1);
    const clock = `${daysBack(2)}T14:00`;
    expect(read(text)).toEqual([
      ['Thursday', thursday],
      ['from 2 p.m. Wednesday', clock],
    ]);
    expect(readTimeml(text)).toEqual([
      ['Thursday', thursday],
      ['2 p.m. Wednesday', clock],
    ]);
  });

  it('reads "By Thursday evening, from noon Monday" with the noon on Monday', () => {
    const text = 'By Thursday evening, from noon Monday, the Dow had lost 1,400 points.';
    expect(read(text)).toContainEqual(['noon Monday', `${daysBack(4)}T12:00`]);
    expect(read(text)).toContainEqual(['Thursday evening', daysBack(1)]);
  });

  it.each([
    ['On Thursday, from 2 p.m., the index fell.', 'On Thursday, from 2 p.m.'],
    ['The museum is open Thursday, from 2 p.m. Visitors come daily.', 'Thursday, from 2 p.m'],
  ])(
    'still reads %j, with no day after the clock, as the clock of the day before it',
    (text, words) => {
      expect(read(text).map(([w]) => w)).toContain(words);
    },
  );
});

describe('a day, a comma, and its hours from one clock to another', () => {
  // Friday 12 January 1996.
  const on = { published: '1996-01-12', locale: 'en-US' } as const;
  const saturday = toTimex(nextSaturday(toLocalDate(on.published)), 'day');
  const values = (text: string) =>
    [findMentions(text, on), findTimemlMentions(text, on)].map((found) =>
      found.map((m) => m.value),
    );

  it('reads "The library is open Saturday, from 9 a.m. to 5 p.m.", said on Friday 12 January 1996, as Saturday and each of its hours, in both readings', () => {
    for (const found of values('The library is open Saturday, from 9 a.m. to 5 p.m.'))
      expect(found).toEqual([saturday, `${saturday}T09:00`, `${saturday}T17:00`]);
    for (const found of values('The polling center will be open Saturday, from 8 a.m. to noon.'))
      expect(found).toEqual([saturday, `${saturday}T08:00`, `${saturday}T12:00`]);
  });

  it('still reads "On Thursday, from 2 p.m., the index fell" as one time', () => {
    const thursday = toTimex(previousThursday(toLocalDate(on.published)), 'day');
    for (const found of values('On Thursday, from 2 p.m., the index fell.'))
      expect(found).toEqual([`${thursday}T14:00`]);
  });
});
