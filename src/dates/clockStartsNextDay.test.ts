import { addDays } from 'date-fns';
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
