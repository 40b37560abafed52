import { describe, expect, it } from 'vitest';
import { addDays, format, parseISO } from 'date-fns';
import {
  CLOCK_ENDS_SENTENCE,
  NOON_ENDS_SENTENCE,
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
      'The talks ended Friday at 5 p.m. Monday night in Chicago.',
      'The curfew runs Saturday until 6 a.m. Monday morning the army said.',
      'The store opened Friday at 9 a.m. Saturday, officials said.',
      'Trading stopped Friday at 4 p.m. EST Monday it resumes.',
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

  it(`reads "The curfew runs Saturday until 6 a.m. Monday police said", said on Friday 12 January 1996, as 6 a.m. on ${coming('Monday')} (a verb of saying after the weekday is the sentence's attribution)`, () => {
    const text = 'The curfew runs Saturday until 6 a.m. Monday police said.';
    expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).toBe(text);
    const read = [coming('Saturday'), `${coming('Monday')}T06:00`];
    expect(values(text)).toEqual(read);
    expect(timemlValues(text)).toEqual(read);
  });

  it(`reads "Polls stay open Tuesday until 8 p.m. Wednesday election officials said" as 8 p.m. on ${coming('Wednesday')}`, () => {
    expect(
      values('Polls stay open Tuesday until 8 p.m. Wednesday election officials said.'),
    ).toContain(`${coming('Wednesday')}T20:00`);
  });

  it('reads "The talks ended Friday at 5 p.m. Monday the union replied", said on Tuesday 16 January 1996, as 5 p.m. that Friday and Monday apart (after "at" the clock has its day; only a range\'s end takes a second one)', () => {
    const published = '1996-01-16';
    const at = { published, locale: 'en-US' } as const;
    const text = 'The talks ended Friday at 5 p.m. Monday the union replied.';
    const friday = weekdayByTense(weekdayNumber('Friday'), published, 'past');
    const monday = weekdayByTense(weekdayNumber('Monday'), published, 'past');
    expect(findMentions(text, at).map((m) => m.value)).toEqual([`${friday}T17:00`, monday]);
    expect(
      'The meeting began Thursday at 10 a.m. Friday officials said.'.replace(
        CLOCK_ENDS_SENTENCE,
        ';',
      ),
    ).toContain('a.m.;Friday');
  });

  it('still ends the sentence where no verb of saying closes the words after the weekday', () => {
    for (const text of [
      'The office opens Monday at 8 a.m. Tuesday it closes early.',
      'The clinic opens Monday at 8 a.m. Tuesday doctors will see walk-in patients.',
      'The store opens Monday at 8 a.m. Tuesday officials said it would close early.',
      'The vote was held Monday until 8 p.m. Tuesday the results were announced.',
    ])
      expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).not.toBe(text);
  });

  it('reads "The talks ended Friday at 5 p.m. Monday night the union voted", said on Tuesday 16 January 1996, as 5 p.m. that Friday and Monday night apart', () => {
    const published = '1996-01-16';
    const at = { published, locale: 'en-US' } as const;
    const text = 'The talks ended Friday at 5 p.m. Monday night the union voted.';
    const friday = weekdayByTense(weekdayNumber('Friday'), published, 'past');
    const monday = weekdayByTense(weekdayNumber('Monday'), published, 'past');
    expect(findMentions(text, at).map((m) => m.value)).toEqual([`${friday}T17:00`, monday]);
    expect(findTimemlMentions(text, at).map((m) => m.value)).toEqual([
      `${friday}T17:00`,
      `${monday}TNI`,
    ]);
  });

  it(`reads "Bars may stay open Friday until 2 a.m. Saturday morning the council decided", said on Friday 12 January 1996, as 2 a.m. on ${coming('Saturday')} (the part of the day is the range's end)`, () => {
    const text = 'Bars may stay open Friday until 2 a.m. Saturday morning the council decided.';
    expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).toBe(text);
    expect(values(text)).toContain(`${coming('Saturday')}T02:00`);
  });

  it('ends the sentence before a weekday whose part of the day a new subject follows', () => {
    for (const text of [
      'The market closed Friday at 4 p.m. Monday morning it reopened lower.',
      'Trading stopped Friday at 4 p.m. EST. Monday night it resumed.',
    ])
      expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).toMatch(/\.;Monday/);
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

describe('noon, and two weekdays with a subject of their own, after a clock that has its day', () => {
  const on = (date: string, clock: string) => `${date}T${clock}`;

  it(`reads "The gym opens Friday at 9 a.m. Saturday and Sunday it opens at 10", said on Friday 12 January 1996, as 9 a.m. on ${coming('Friday')} and Saturday ${coming('Saturday')} apart`, () => {
    expect(values('The gym opens Friday at 9 a.m. Saturday and Sunday it opens at 10.')).toEqual([
      on(coming('Friday'), '09:00'),
      coming('Saturday'),
      coming('Sunday'),
    ]);
  });

  it(`reads "The fair opens Friday at noon Saturday there is a parade" as noon on ${coming('Friday')} and Saturday ${coming('Saturday')} apart`, () => {
    expect(values('The fair opens Friday at noon Saturday there is a parade.')).toEqual([
      on(coming('Friday'), '12:00'),
      coming('Saturday'),
    ]);
  });

  it(`keeps "The talks resume at noon Monday" one time on ${coming('Monday')}`, () => {
    expect(values('The talks resume at noon Monday.')).toEqual([on(coming('Monday'), '12:00')]);
  });

  it(`keeps "The curfew runs Saturday until noon Sunday police said" one time on ${coming('Sunday')}`, () => {
    expect(values('The curfew runs Saturday until noon Sunday police said.')).toEqual([
      coming('Saturday'),
      on(coming('Sunday'), '12:00'),
    ]);
  });

  it('keeps two weekdays with no subject after them the clock\'s: "Friday at 9 a.m. Saturday and Sunday."', () => {
    const text = 'The shop is open Friday at 9 a.m. Saturday and Sunday.';
    expect(text.replace(CLOCK_ENDS_SENTENCE, ';')).toBe(text);
  });
});

describe('NOON_ENDS_SENTENCE', () => {
  it('leaves noon and a weekday with no subject and verb of its own after it one time', () => {
    for (const text of [
      'The company suspended trading Tuesday from noon Wednesday pending an announcement.',
      'The curfew runs Saturday until noon Sunday police said.',
      'The fair opens Friday at noon Saturday in the park.',
    ])
      expect(text.replace(NOON_ENDS_SENTENCE, ';')).toBe(text);
  });
});
