import { describe, expect, it } from 'vitest';
import { continuedDayEvent } from './continuedDayEvent.ts';
import { findMentions } from './findMentions.ts';

// Thursday 3 December 2026; Saturday 5 December 2026.
const THURSDAY = '2026-12-03';
const SATURDAY = '2026-12-05';

function values(text: string, published: string): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe('continuedDayEvent', () => {
  it('tells a date whose thing is to go on or be won back', () => {
    expect(continuedDayEvent("'s rally will continue.")).toBe(true);
    expect(continuedDayEvent("'s stock market losses to be recouped soon")).toBe(true);
    expect(continuedDayEvent("'s gains will hold.")).toBe(true);
    expect(continuedDayEvent("'s selloff will likely persist into next week")).toBe(true);
  });

  it('does not tell a verb with an object, a plan that holds, nor a thing to be done again', () => {
    expect(continuedDayEvent("'s meeting will continue talks on the budget.")).toBe(false);
    expect(continuedDayEvent("'s truce will hold.")).toBe(false);
    expect(continuedDayEvent("'s rally will be repeated.")).toBe(false);
    expect(continuedDayEvent(' rally will continue.')).toBe(false);
  });

  it("reads 'Wednesday's rally will continue', said on a Thursday, as the Wednesday gone by", () => {
    expect(values("Traders hope Wednesday's rally will continue.", THURSDAY)).toEqual([
      'Wednesday = 2026-12-02',
    ]);
    expect(values("Analysts doubt Tuesday's gains will hold.", THURSDAY)).toEqual([
      'Tuesday = 2026-12-01',
    ]);
  });

  it("reads 'Monday's losses will be recouped', said on a weekend, as the Monday gone by", () => {
    expect(values("Investors anticipate Monday's losses will be recouped.", SATURDAY)).toEqual([
      'Monday = 2026-11-30',
    ]);
    expect(values("Brokers expect Monday's slide to be reversed.", '2026-12-06')).toEqual([
      'Monday = 2026-11-30',
    ]);
  });

  it("reads a month's gains that are to be extended as the month gone by", () => {
    expect(values("Investors hope October's gains will be extended.", THURSDAY)).toEqual([
      'October = 2026-10',
    ]);
  });

  it("still reads 'Wednesday's meeting will continue talks' and 'Saturday's truce will hold' ahead", () => {
    expect(values("Wednesday's meeting will continue talks on the budget.", THURSDAY)).toEqual([
      'Wednesday = 2026-12-09',
    ]);
    expect(values("Officials hope Saturday's truce will hold.", THURSDAY)).toEqual([
      'Saturday = 2026-12-05',
    ]);
    expect(
      values("Analysts expect Friday's jobs report will show slower hiring.", THURSDAY),
    ).toEqual(['Friday = 2026-12-04']);
  });

  it("does not tell a thing that is no move of prices, nor a weekend day's move", () => {
    expect(continuedDayEvent("'s festival will continue on Sunday.")).toBe(false);
    expect(continuedDayEvent("'s session will be extended until midnight")).toBe(false);
    expect(continuedDayEvent("'s storm will persist into Sunday.")).toBe(false);
    expect(continuedDayEvent("'s rally will continue until dawn", 6)).toBe(false);
    expect(continuedDayEvent("'s rally will continue until dawn", 2)).toBe(true);
  });

  it.each([
    [
      "Organizers say Saturday's festival will continue on Sunday.",
      '2024-03-14',
      'Saturday',
      '2024-03-16',
    ],
    [
      "Police said Saturday's parade will continue as planned.",
      '2024-03-14',
      'Saturday',
      '2024-03-16',
    ],
    [
      "Tuesday's session will be extended until midnight, the speaker said.",
      '2024-03-18',
      'Tuesday',
      '2024-03-19',
    ],
    [
      "Forecasters say Saturday's storm will persist into Sunday.",
      '2024-03-14',
      'Saturday',
      '2024-03-16',
    ],
    [
      "Saturday's rally will continue until dawn, organizers said.",
      '2024-03-12',
      'Saturday',
      '2024-03-16',
    ],
    [
      "March's festival will continue into April, organizers said.",
      '2024-01-10',
      'March',
      '2024-03',
    ],
  ])(
    'reads %j, said on %s, with %s still ahead: an event told to go on is no move gone by',
    (text, published, words, value) => {
      expect(values(text, published)).toContain(`${words} = ${value}`);
    },
  );

  it("still reads a weekday's price move told to go on or to hold as the day gone by", () => {
    expect(values("Traders hope Tuesday's rally will continue.", '2024-03-14')).toEqual([
      'Tuesday = 2024-03-12',
    ]);
    expect(values("Traders think Wednesday's sell-off will not persist.", '2024-03-14')).toEqual([
      'Wednesday = 2024-03-13',
    ]);
    expect(values("January's gains could be erased in February.", '2024-03-14')[0]).toBe(
      'January = 2024-01',
    );
  });
});
