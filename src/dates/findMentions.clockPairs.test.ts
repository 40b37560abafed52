import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

// Published on Wednesday 5 March 2025.
const OPTIONS = { published: '2025-03-05', locale: 'en-US' } as const;
const day = (amount: number) => shiftTimex(OPTIONS.published, { amount, unit: 'day' });
const LAST_FRIDAY = day(-5);
const LAST_SATURDAY = day(-4);
const LAST_SUNDAY = day(-3);
const NEXT_FRIDAY = day(2);
const NEXT_SATURDAY = day(3);
const NEXT_SUNDAY = day(4);
const NEXT_MONDAY = day(5);

/** The value of every clock time in the text, in the news reading and in TimeML's. */
function clockValues(text: string): { news: string[]; timeml: string[] } {
  const values = (mentions: Mention[]) =>
    mentions.map((m) => {
      Mention.parse(m);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return m.value;
    });
  return {
    news: values(findMentions(text, OPTIONS)),
    timeml: values(findTimemlMentions(text, OPTIONS)),
  };
}

/** Both readings give the two clock times as two mentions, each a time of the day expected. */
function expectBoth(text: string, expected: string[]): void {
  const { news, timeml } = clockValues(text);
  expect(news).toEqual(expected);
  expect(timeml).toEqual(expected);
}

describe('two clock times bounding a stretch of hours', () => {
  it('puts both clock times of "between … and … on Sunday" on that Sunday, as "from … to …" does', () => {
    expectBoth('Polls were open between 7 a.m. and 8 p.m. on Sunday.', [
      `${LAST_SUNDAY}T07:00`,
      `${LAST_SUNDAY}T20:00`,
    ]);
    expectBoth('Polls were open from 7 a.m. to 8 p.m. on Sunday.', [
      `${LAST_SUNDAY}T07:00`,
      `${LAST_SUNDAY}T20:00`,
    ]);
  });

  it("reads the weekday of a stretch's second clock as the first such day from the first end's day, in the past as ahead", () => {
    expectBoth('A curfew ran from 10 p.m. Friday until 6 a.m. Saturday.', [
      `${LAST_FRIDAY}T22:00`,
      `${LAST_SATURDAY}T06:00`,
    ]);
    expectBoth('A curfew will run from 10 p.m. Friday to 6 a.m. Saturday.', [
      `${NEXT_FRIDAY}T22:00`,
      `${NEXT_SATURDAY}T06:00`,
    ]);
  });

  it("puts a second clock with no day of its own on the first clock's day, or the day after when it is not later", () => {
    expectBoth('The curfew ran from 10 p.m. Friday until 6 a.m.', [
      `${LAST_FRIDAY}T22:00`,
      `${LAST_SATURDAY}T06:00`,
    ]);
    expectBoth('The shop opened from 9 a.m. Friday until 5 p.m.', [
      `${LAST_FRIDAY}T09:00`,
      `${LAST_FRIDAY}T17:00`,
    ]);
    expectBoth('On Sunday, the curfew will run from 10 p.m. to 4 a.m.', [
      NEXT_SUNDAY,
      `${NEXT_SUNDAY}T22:00`,
      `${NEXT_MONDAY}T04:00`,
    ]);
    expectBoth('On Sunday, the shop will open from 9 a.m. to 5 p.m.', [
      NEXT_SUNDAY,
      `${NEXT_SUNDAY}T09:00`,
      `${NEXT_SUNDAY}T17:00`,
    ]);
  });

  it('puts the second clock of "between … and …" with no day of its own on the first clock\'s day, or the day after, as "from … to …" does', () => {
    expectBoth('The curfew ran between 11 p.m. Friday and 5 a.m.', [
      `${LAST_FRIDAY}T23:00`,
      `${LAST_SATURDAY}T05:00`,
    ]);
    expectBoth('The shop opened between 9 a.m. Friday and 5 p.m.', [
      `${LAST_FRIDAY}T09:00`,
      `${LAST_FRIDAY}T17:00`,
    ]);
    expectBoth('On Sunday, the curfew will run between 10 p.m. and 4 a.m.', [
      NEXT_SUNDAY,
      `${NEXT_SUNDAY}T22:00`,
      `${NEXT_MONDAY}T04:00`,
    ]);
  });

  it('reads a bare number with a.m. or p.m. after a clock time and its day and month as the second clock, not as a day of that month', () => {
    expectBoth('The curfew ran from 10 p.m. on March 3 to 4 a.m.', [
      `${day(-2)}T22:00`,
      `${day(-1)}T04:00`,
    ]);
    expectBoth('The shop opened from 8 a.m. on March 3 to 4 p.m., police said.', [
      `${day(-2)}T08:00`,
      `${day(-2)}T16:00`,
    ]);
  });

  it('reads "between 10 p.m. and 4 a.m. on Sunday" as the night into Sunday, from 10 p.m. on Saturday, but both clocks as Sunday\'s when the words say "Sunday night"', () => {
    expectBoth('The curfew ran between 10 p.m. and 4 a.m. on Sunday.', [
      `${LAST_SATURDAY}T22:00`,
      `${LAST_SUNDAY}T04:00`,
    ]);
    expectBoth('The curfew will run from 10 p.m. to 4 a.m. on Sunday.', [
      `${NEXT_SATURDAY}T22:00`,
      `${NEXT_SUNDAY}T04:00`,
    ]);
    expectBoth('The curfew ran between 10 p.m. and 4 a.m. on Sunday night.', [
      `${LAST_SUNDAY}T22:00`,
      `${LAST_SUNDAY}T04:00`,
    ]);
  });
});

describe('a stretch of hours through the night to a calendar day written after it', () => {
  it('reads "from 11 p.m. to 1 a.m. on Dec. 31", said in January, as the night into Dec. 31, as a weekday\'s stretch is', () => {
    const january = { published: '2024-01-10', locale: 'en-US' } as const;
    const text = 'The road was closed from 11 p.m. to 1 a.m. on Dec. 31.';
    for (const found of [findMentions(text, january), findTimemlMentions(text, january)]) {
      expect(found.map((m) => m.value)).toEqual(['2023-12-30T23:00', '2023-12-31T01:00']);
    }
  });

  it('reads "between 10 p.m. and 4 a.m. on March 3" as the night into March 3, not a day and a night', () => {
    expectBoth('The curfew ran between 10 p.m. and 4 a.m. on March 3.', [
      '2025-03-02T22:00',
      '2025-03-03T04:00',
    ]);
    expectBoth('The curfew will run from 11 p.m. to 5 a.m. on March 8.', [
      '2025-03-07T23:00',
      '2025-03-08T05:00',
    ]);
  });

  it('leaves a stretch whose second clock is later, or whose ends each write a day, as read', () => {
    expectBoth('The road was closed from 10 p.m. to 11 p.m. on March 3.', [
      '2025-03-03T22:00',
      '2025-03-03T23:00',
    ]);
    expectBoth('The road was closed from 11 p.m. March 2 to 1 a.m. March 3.', [
      '2025-03-02T23:00',
      '2025-03-03T01:00',
    ]);
  });
});

describe('a stretch of hours that ends at noon or midnight', () => {
  it('puts the first clock on the day named after the second, as a second clock with a meridiem does', () => {
    expectBoth('The session will run from 9 a.m. to noon on Friday.', [
      `${NEXT_FRIDAY}T09:00`,
      `${NEXT_FRIDAY}T12:00`,
    ]);
    expectBoth('Polls were open between 9 a.m. and noon on Sunday.', [
      `${LAST_SUNDAY}T09:00`,
      `${LAST_SUNDAY}T12:00`,
    ]);
  });

  it('reads "from 6 p.m. to midnight on Saturday" as the evening of that Saturday to its end', () => {
    const { news } = clockValues('The bar will be open from 6 p.m. to midnight on Saturday.');
    expect(news).toEqual([`${NEXT_SATURDAY}T18:00`, `${NEXT_SUNDAY}T00:00`]);
  });
});

describe('a range of bare hours', () => {
  it('reads a second hour smaller than the first as the afternoon: a working day, not a night', () => {
    expectBoth('The office will be open from 9 to 5 on Friday.', [
      `${NEXT_FRIDAY}T09:00`,
      `${NEXT_FRIDAY}T17:00`,
    ]);
    expectBoth('The clinic will be open from 10 to 2 on Friday.', [
      `${NEXT_FRIDAY}T10:00`,
      `${NEXT_FRIDAY}T14:00`,
    ]);
    expectBoth('The desk will be staffed from 8 a.m. to 4 on Friday.', [
      `${NEXT_FRIDAY}T08:00`,
      `${NEXT_FRIDAY}T16:00`,
    ]);
  });

  it('keeps a second hour later than the first, or after an evening first hour, as written', () => {
    expectBoth('The market will be open from 7 to 11 on Friday.', [
      `${NEXT_FRIDAY}T07:00`,
      `${NEXT_FRIDAY}T11:00`,
    ]);
    expectBoth('The bar will be open from 9 p.m. to 2 on Saturday.', [
      `${NEXT_FRIDAY}T21:00`,
      `${NEXT_SATURDAY}T02:00`,
    ]);
  });
});

describe('the word that joins the two ends of a range', () => {
  it('is a whole word, never the "to" inside "October"', () => {
    const text = 'Polls will be open from 7 a.m. to 8 p.m. on October 5.';
    expect(findMentions(text, OPTIONS).map((m) => [m.text, m.value])).toEqual([
      ['from 7 a.m.', '2025-10-05T07:00'],
      ['8 p.m. on October 5', '2025-10-05T20:00'],
    ]);
  });
});

describe('a midnight that closes hours opened by an evening clock on the same day', () => {
  const february = { published: '2025-02-20', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, february).map((m) => [m.text, m.value]);
  const readTimeml = (text: string) =>
    findTimemlMentions(text, february).map((m) => [m.text, m.value]);

  it('reads "from 10 p.m. to midnight March 3" with the midnight after 10 p.m., in both readings', () => {
    const text = 'Voting hours were extended from 10 p.m. to midnight March 3.';
    expect(read(text)).toEqual([
      ['from 10 p.m.', '2025-03-03T22:00'],
      ['midnight March 3', '2025-03-04T00:00'],
    ]);
    expect(readTimeml(text)).toContainEqual(['midnight March 3', '2025-03-03T24']);
  });

  it.each([
    [
      'Polls will stay open from 10 p.m. to midnight on March 3.',
      'midnight on March 3',
      '2025-03-04T00:00',
    ],
    [
      'The bar stayed open from 8 p.m. to midnight on Feb. 14.',
      'midnight on Feb. 14',
      '2025-02-15T00:00',
    ],
  ])('reads %j as the midnight that ends the day', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
  });

  it.each([
    ['The curfew runs from midnight to 5 a.m. March 3.', 'midnight', '2025-03-03T00:00'],
    ['The store opens at midnight March 3.', 'midnight March 3', '2025-03-03T00:00'],
  ])('still reads %j as the midnight that opens the day', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
  });

  it('reads "from midnight to 6 a.m." with each end at its own hour, midnight first', () => {
    const found = read('The curfew ran from midnight to 6 a.m., police said.');
    const [midnight, six] = [
      found.find(([w]) => w === 'midnight'),
      found.find(([w]) => w?.startsWith('6 a.m')),
    ];
    expect(midnight?.[1]).toMatch(/T00:00$/);
    expect(six?.[1]).toMatch(/T06:00$/);
    expect(midnight?.[1]?.slice(0, 10)).toBe(six?.[1]?.slice(0, 10));
  });
});
