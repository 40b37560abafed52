import { describe, expect, it } from 'vitest';
import { CLOCK_ENDS_SENTENCE } from './clockEndsSentence.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const published = '1996-01-12'; // a Friday
const options = { published, locale: 'en-US' } as const;
const day = (amount: number) => shiftTimex(published, { amount, unit: 'day' });
const values = (text: string) => findMentions(text, options).map((m) => m.value);
const timemlValues = (text: string) => findTimemlMentions(text, options).map((m) => m.value);

describe('CLOCK_ENDS_SENTENCE', () => {
  it('marks the space after "a.m." that a weekday opening the next sentence follows', () => {
    const text = 'The library opens Tuesday at 9 a.m. Wednesday it will stay closed.';
    expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).toBe(
      'The library opens Tuesday at 9 a.m.;Wednesday it will stay closed.',
    );
  });

  it('leaves a clock with no day before it, and a weekday that goes on with the same time', () => {
    for (const text of [
      'The talks resume at 10 a.m. Monday.',
      'The talks resume at 10 a.m. Monday in Geneva.',
      'The polls are open Monday until 8 p.m. Tuesday in most states.',
      'The talks ended Friday at 5 p.m. Monday night the union voted.',
      'The store opened Friday at 9 a.m. Saturday, officials said.',
      'Trading stopped Friday at 4 p.m. EST Monday it resumes.',
      'Trading stopped Friday at 4 p.m. EST. Monday night it resumed.',
    ])
      expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).toBe(text);
  });
});

describe('a clock that ends its sentence before a weekday', () => {
  it(`reads "The library opens Tuesday at 9 a.m. Wednesday it will stay closed", said on Friday 12 January 1996, as 9 a.m. on ${day(4)} and Wednesday ${day(5)}`, () => {
    const text = 'The library opens Tuesday at 9 a.m. Wednesday it will stay closed.';
    const read = [`${day(4)}T09:00`, day(5)];
    expect(values(text)).toEqual(read);
    expect(timemlValues(text)).toEqual(read);
  });

  it(`reads "Trading resumed Monday at 9:30 a.m. Tuesday's session was calmer" as two days gone by`, () => {
    expect(values("Trading resumed Monday at 9:30 a.m. Tuesday's session was calmer.")).toEqual([
      `${day(-4)}T09:30`,
      day(-3),
    ]);
  });

  it('reads "The museum is open Saturday, from 10 a.m. Sunday hours are shorter" with the clock on Saturday', () => {
    expect(values('The museum is open Saturday, from 10 a.m. Sunday hours are shorter.')[0]).toBe(
      `${day(1)}T10:00`,
    );
  });

  it(`reads "Trading stopped Friday at 4 p.m. EST. Monday it resumes", said on Friday 12 January 1996, as 4 p.m. that Friday and Monday ${day(3)} (the zone's stop ends the sentence)`, () => {
    const text = 'Trading stopped Friday at 4 p.m. EST. Monday it resumes.';
    const read = [`${day(0)}T16:00`, day(3)];
    expect(values(text)).toEqual(read);
    expect(timemlValues(text)).toEqual(read);
  });

  it(`keeps "The talks resume at 10 a.m. Monday" one time on ${day(3)}`, () => {
    expect(values('The talks resume at 10 a.m. Monday.')).toEqual([`${day(3)}T10:00`]);
  });

  it(`keeps "The road is closed Sunday until 9 a.m. Tuesday when crews finish" one time on ${day(4)}`, () => {
    expect(values('The road is closed Sunday until 9 a.m. Tuesday when crews finish.')).toContain(
      `${day(4)}T09:00`,
    );
  });

  it(`keeps "Voting runs Monday until 9 a.m. Wednesday unless the court intervenes" one time on ${day(5)}`, () => {
    expect(
      values('Voting runs Monday until 9 a.m. Wednesday unless the court intervenes.'),
    ).toContain(`${day(5)}T09:00`);
  });
});
