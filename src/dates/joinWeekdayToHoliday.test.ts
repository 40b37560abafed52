import { describe, expect, it } from 'vitest';
import { addDays, format, getDay, getISOWeek, getISOWeekYear, previousSunday } from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday, eight days before Thanksgiving.
const NOV_18 = { published: '2026-11-18', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, NOV_18).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, NOV_18).map((m) => [m.text, m.value] as const);

describe('a weekday counted from a named day', () => {
  it('reads "the Wednesday before Thanksgiving" as one day, Nov. 25, not the day of publication', () => {
    const text = 'Holiday travel is expected to peak on the Wednesday before Thanksgiving.';
    expect(news(text)).toEqual([['the Wednesday before Thanksgiving', '2026-11-25']]);
    expect(timeml(text)).toEqual([['the Wednesday before Thanksgiving', '2026-11-25']]);
  });

  it('reads "the Sunday after Thanksgiving" ahead and "the Saturday before Christmas" told in the past gone by', () => {
    expect(news('Airlines expect the Sunday after Thanksgiving to be the busiest day.')).toEqual([
      ['the Sunday after Thanksgiving', '2026-11-29'],
    ]);
    expect(timeml('Stations were packed on the Saturday before Christmas.')).toEqual([
      ['the Saturday before Christmas', '2025-12-20'],
    ]);
  });

  it('leaves a weekday with no "the" and a weekday counted from a date as they were read', () => {
    expect(news('He left on Monday before Christmas.')).toEqual([
      ['on Monday', '2026-11-16'],
      ['Christmas', '2025-12-25'],
    ]);
    expect(timeml('The Monday after March 3 is free.').map((m) => m[0])).toEqual([
      'Monday',
      'March 3',
    ]);
    expect(timeml('He left on Monday before Christmas.').map((m) => m[0])).toEqual([
      'Monday',
      'Christmas',
    ]);
  });

  it('leaves a weekday counted from another weekday as read', () => {
    expect(timeml('The vote is the Friday before Monday.').map((m) => m[0])).toEqual([
      'Friday',
      'Monday',
    ]);
  });

  it.each([
    [
      'The new timetable comes into force on the first Monday after Easter.',
      '2026-03-02',
      '2026-04-06',
    ],
    [
      'The market will be held on the second Saturday before Christmas.',
      '2026-11-02',
      '2026-12-12',
    ],
    [
      'The last Saturday before Christmas is the busiest day of the year.',
      '2026-12-07',
      '2026-12-19',
    ],
  ])('reads the counted weekday in %j from the feast (said on %s)', (text, published, value) => {
    const options = { published, locale: 'en-GB' } as const;
    expect(findMentions(text, options).map((m) => m.value)).toContain(value);
    expect(findTimemlMentions(text, options).map((m) => m.value)).toContain(value);
  });

  it('leaves "the last Saturday after Christmas", which counts no way, as two mentions', () => {
    const text = 'The last Saturday after Christmas was quiet.';
    expect(news(text).length).toBe(2);
  });
});

describe('a weekend counted from a named day', () => {
  // The ISO week, with "-WE", of the weekend whose Sunday is `sunday`.
  const weekendOf = (sunday: Date) =>
    `${getISOWeekYear(sunday)}-W${String(getISOWeek(sunday)).padStart(2, '0')}-WE`;
  const christmasOf = (published: string) => new Date(Number(published.slice(0, 4)), 11, 25);
  // The fourth Thursday of November of the year of `published`.
  const thanksgivingOf = (published: string) => {
    const first = new Date(Number(published.slice(0, 4)), 10, 1);
    return addDays(first, ((4 - getDay(first) + 7) % 7) + 21);
  };
  const read = (text: string, published: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]),
    );

  it('reads "Retailers are counting on the final weekend before Christmas", said on Friday 10 December 1999, as 18-19 December', () => {
    const text =
      'Retailers are counting on the final weekend before Christmas to rescue the season.';
    const published = '1999-12-10';
    const christmas = christmasOf(published);
    const found = [
      ['the final weekend', weekendOf(previousSunday(christmas))],
      ['Christmas', format(christmas, 'yyyy-MM-dd')],
    ];
    expect(read(text, published)).toEqual([found, found]);
  });

  it('reads "the last weekend before Christmas", said on 8 December 2000, Christmas a Monday, as 23-24 December', () => {
    const text = 'Mall owners expect record crowds on the last weekend before Christmas.';
    const published = '2000-12-08';
    const christmas = christmasOf(published);
    const found = [
      ['the last weekend', weekendOf(previousSunday(christmas))],
      ['Christmas', format(christmas, 'yyyy-MM-dd')],
    ];
    expect(read(text, published)).toEqual([found, found]);
  });

  it('reads "the weekend before Thanksgiving", said on 15 November 1999, as 20-21 November', () => {
    const text = 'Airlines expect heavy traffic on the weekend before Thanksgiving.';
    const published = '1999-11-15';
    const thanksgiving = thanksgivingOf(published);
    const found = [
      ['the weekend', weekendOf(previousSunday(thanksgiving))],
      ['Thanksgiving', format(thanksgiving, 'yyyy-MM-dd')],
    ];
    expect(read(text, published)).toEqual([found, found]);
  });

  it('reads "Retailers said sales were strong over weekend after Thanksgiving", with no article, said on 30 November 1999, as 27-28 November', () => {
    const text = 'Retailers said sales were strong over weekend after Thanksgiving.';
    const published = '1999-11-30';
    const thanksgiving = thanksgivingOf(published);
    const found = [
      ['weekend', weekendOf(addDays(thanksgiving, 3))],
      ['Thanksgiving', format(thanksgiving, 'yyyy-MM-dd')],
    ];
    expect(read(text, published)).toEqual([found, found]);
  });

  it('leaves "the final weekend after Christmas" and "the weekend before March 3" as read, each weekend on its own', () => {
    // The weekend keeps its words when the rule dates it too: its value must be the one the
    // sentence gives it with the named day cut off.
    for (const [text, side] of [
      ['Stores stayed open on the final weekend after Christmas.', ' after Christmas'],
      ['The vote is set for the weekend before March 3.', ' before March 3'],
    ] as const) {
      const alone = read(text.replace(side, ''), '1999-12-10');
      const weekends = read(text, '1999-12-10').map((found) =>
        found.filter(([words]) => words!.endsWith('weekend')),
      );
      expect(weekends).toEqual(alone);
    }
  });
});
