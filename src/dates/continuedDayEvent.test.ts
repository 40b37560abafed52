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
});
