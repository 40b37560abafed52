import { describe, expect, it } from 'vitest';
import { addDays, format, parseISO } from 'date-fns';
import {
  CLOCK_ENDS_SENTENCE,
  ZONE_STOP_ENDS_SENTENCE,
  clockEndsSentenceBetween,
} from './clockEndsSentence.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

const published = '1996-01-12'; // a Friday
const options = { published, locale: 'en-US' } as const;
// The weekday named, the coming one or the one gone by (publication's own day in the past).
const coming = (weekday: string) => weekdayByTense(weekdayNumber(weekday), published, 'future');
const gone = (weekday: string) => weekdayByTense(weekdayNumber(weekday), published, 'past');
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
  it(`reads "The library opens Tuesday at 9 a.m. Wednesday it will stay closed", said on Friday 12 January 1996, as 9 a.m. on ${coming('Tuesday')} and Wednesday ${coming('Wednesday')}`, () => {
    const text = 'The library opens Tuesday at 9 a.m. Wednesday it will stay closed.';
    const read = [`${coming('Tuesday')}T09:00`, coming('Wednesday')];
    expect(values(text)).toEqual(read);
    expect(timemlValues(text)).toEqual(read);
  });

  it(`reads "Trading resumed Monday at 9:30 a.m. Tuesday's session was calmer" as two days gone by`, () => {
    expect(values("Trading resumed Monday at 9:30 a.m. Tuesday's session was calmer.")).toEqual([
      `${gone('Monday')}T09:30`,
      gone('Tuesday'),
    ]);
  });

  it('reads "The museum is open Saturday, from 10 a.m. Sunday hours are shorter" with the clock on Saturday', () => {
    expect(values('The museum is open Saturday, from 10 a.m. Sunday hours are shorter.')[0]).toBe(
      `${coming('Saturday')}T10:00`,
    );
  });

  it(`reads "Trading stopped Friday at 4 p.m. EST. Monday it resumes", said on Friday 12 January 1996, as 4 p.m. that Friday and Monday ${coming('Monday')} (the zone's stop ends the sentence)`, () => {
    const text = 'Trading stopped Friday at 4 p.m. EST. Monday it resumes.';
    const read = [`${gone('Friday')}T16:00`, coming('Monday')];
    expect(values(text)).toEqual(read);
    expect(timemlValues(text)).toEqual(read);
  });

  it(`keeps "The talks resume at 10 a.m. Monday" one time on ${coming('Monday')}`, () => {
    expect(values('The talks resume at 10 a.m. Monday.')).toEqual([`${coming('Monday')}T10:00`]);
  });

  it(`keeps "The road is closed Sunday until 9 a.m. Tuesday when crews finish" one time on ${coming('Tuesday')}`, () => {
    expect(values('The road is closed Sunday until 9 a.m. Tuesday when crews finish.')).toContain(
      `${coming('Tuesday')}T09:00`,
    );
  });

  it(`keeps "Voting runs Monday until 9 a.m. Wednesday unless the court intervenes" one time on ${coming('Wednesday')}`, () => {
    expect(
      values('Voting runs Monday until 9 a.m. Wednesday unless the court intervenes.'),
    ).toContain(`${coming('Wednesday')}T09:00`);
  });
});

describe('clockEndsSentenceBetween', () => {
  const text = 'The library opens Tuesday at 9 a.m. Wednesday it will stay closed.';
  const end = text.indexOf(' Wednesday');

  it('finds the end of a sentence after "9 a.m." between the clock and the next weekday', () => {
    expect(clockEndsSentenceBetween(text, text.indexOf('Tuesday'), end + 1)).toBe(true);
  });

  it('finds it from just before it, the clock and its day outside the words searched', () => {
    expect(clockEndsSentenceBetween(text, end, end + 1)).toBe(true);
  });

  it('finds none before it or after it', () => {
    expect(clockEndsSentenceBetween(text, 0, end)).toBe(false);
    expect(clockEndsSentenceBetween(text, end + 1, text.length)).toBe(false);
  });

  it('finds one again on a second call from earlier in the text', () => {
    expect(clockEndsSentenceBetween(text, end + 1, text.length)).toBe(false);
    expect(clockEndsSentenceBetween(text, 0, text.length)).toBe(true);
  });
});

describe('a clock whose zone and stop end its sentence (ZONE_STOP_ENDS_SENTENCE)', () => {
  const said = '1989-11-13'; // a Monday
  const day = (days: number) => format(addDays(parseISO(said), days), 'yyyy-MM-dd');
  const opts = { published: said, locale: 'en-US' } as const;
  const both = (text: string) => [
    findMentions(text, opts).map((m) => m.value),
    findTimemlMentions(text, opts).map((m) => m.value),
  ];

  it("marks the space after the zone's stop before a capital", () => {
    expect('at 4 p.m. EST. Tomorrow, the'.replace(ZONE_STOP_ENDS_SENTENCE, ';')).toBe(
      'at 4 p.m. EST.;Tomorrow, the',
    );
  });

  it(`reads "The market closed at 4 p.m. EST. Tomorrow, the Treasury sells bills", said on 13 November 1989, as 4 p.m. that day and Tomorrow ${day(1)} (was one time, ${day(1)}T16:00)`, () => {
    const text = 'The market closed at 4 p.m. EST. Tomorrow, the Treasury sells bills.';
    const read = [`${said}T16:00`, day(1)];
    expect(both(text)).toEqual([read, read]);
  });

  it(`reads "Bids were due at 1 p.m. EDT. Yesterday, the Fed added reserves", said on 13 November 1989, as 1 p.m. that day and Yesterday ${day(-1)}`, () => {
    const text = 'Bids were due at 1 p.m. EDT. Yesterday, the Fed added reserves.';
    const read = [`${said}T13:00`, day(-1)];
    expect(both(text)).toEqual([read, read]);
  });

  it('leaves a zone without its stop and a lower-case word after the stop', () => {
    for (const text of [
      'The Treasury will auction bills at 1 p.m. EST tomorrow.',
      'The Treasury will auction bills at 1 p.m. EST. tomorrow.',
      'The offer expires at 5 p.m. EST Friday.',
    ])
      expect(text.replace(ZONE_STOP_ENDS_SENTENCE, ';')).toBe(text);
    expect(both('The Treasury will auction bills at 1 p.m. EST tomorrow.')[0]).toEqual([
      `${day(1)}T13:00`,
    ]);
  });
});
