import { describe, expect, it } from 'vitest';
import { expectedDayMoveAhead } from './expectedDayMoveAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('a weekday’s event owned as expected, told of what it may do', () => {
  it('reads "Thursday\'s expected rise in interest rates is likely to hurt stocks", said on Wednesday 15 November 1989, as 1989-11-16', () => {
    expect(
      both("Thursday's expected rise in interest rates is likely to hurt stocks.", '1989-11-15'),
    ).toEqual([['Thursday=1989-11-16'], ['Thursday=1989-11-16']]);
  });

  it('reads "Wednesday\'s expected rise in producer prices could unsettle the bond market", said on Monday 12 March 1990, as 1990-03-14', () => {
    expect(
      both(
        "Wednesday's expected rise in producer prices could unsettle the bond market.",
        '1990-03-12',
      ),
    ).toEqual([['Wednesday=1990-03-14'], ['Wednesday=1990-03-14']]);
  });

  it('reads "Friday\'s scheduled auction of two-year notes will test demand", said on Wednesday 6 December 1989, as 1989-12-08', () => {
    expect(
      both("Friday's scheduled auction of two-year notes will test demand.", '1989-12-06'),
    ).toEqual([
      ['Friday=1989-12-08', 'two-year=P2Y'],
      ['Friday=1989-12-08', 'two-year=P2Y'],
    ]);
  });

  it('still reads "Thursday\'s expected rise in rates never came", said on Wednesday 15 November 1989, as 1989-11-09', () => {
    expect(both("Thursday's expected rise in rates never came.", '1989-11-15')).toEqual([
      ['Thursday=1989-11-09'],
      ['Thursday=1989-11-09'],
    ]);
  });

  it('still reads "Thursday\'s rise in rates could hurt stocks", said on Wednesday 15 November 1989, as 1989-11-09', () => {
    expect(both("Thursday's rise in rates could hurt stocks.", '1989-11-15')).toEqual([
      ['Thursday=1989-11-09'],
      ['Thursday=1989-11-09'],
    ]);
  });

  it('still reads "Monday\'s scheduled meeting was canceled because the chairman is ill", said on Wednesday 15 November 1989, as 1989-11-13', () => {
    expect(
      both("Monday's scheduled meeting was canceled because the chairman is ill.", '1989-11-15'),
    ).toEqual([['Monday=1989-11-13'], ['Monday=1989-11-13']]);
  });

  it('still reads "Monday\'s planned strike was averted because the union has accepted the offer", said on Wednesday 15 November 1989, as 1989-11-13', () => {
    expect(
      both(
        "Monday's planned strike was averted because the union has accepted the offer.",
        '1989-11-15',
      ),
    ).toEqual([['Monday=1989-11-13'], ['Monday=1989-11-13']]);
  });

  it('still reads "Monday\'s widely anticipated cut in the prime rate has already been matched by most big banks", said on Wednesday 15 November 1989, as 1989-11-13', () => {
    expect(
      both(
        "Monday's widely anticipated cut in the prime rate has already been matched by most big banks.",
        '1989-11-15',
      ),
    ).toEqual([['Monday=1989-11-13'], ['Monday=1989-11-13']]);
  });

  it('tells an awaited event told in the present from one told in the past', () => {
    expect(expectedDayMoveAhead("'s expected rise in interest rates is likely to hurt.")).toBe(
      true,
    );
    expect(expectedDayMoveAhead("'s expected rise in interest rates was smaller.")).toBe(false);
    expect(expectedDayMoveAhead("'s rise in interest rates is likely to hurt.")).toBe(false);
  });
});
