import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFrontedUntilGoneBy } from './isFrontedUntilGoneBy.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('a date after a fronted "Until" whose clause is told in the past', () => {
  it('still reads "Until March the company won\'t pay a dividend", said on 8 November 1989, as 1990-03 (review)', () => {
    expect(
      both("Until March the company won't pay a dividend on its common stock.", '1989-11-08'),
    ).toEqual([['March=1990-03'], ['March=1990-03']]);
  });

  it('still reads "Until March the rate charged on the loans will stay at 10%", said on 8 November 1989, as 1990-03 (review)', () => {
    expect(
      both('Until March the rate charged on the loans will stay at 10%.', '1989-11-08'),
    ).toEqual([['March=1990-03'], ['March=1990-03']]);
  });

  it('still reads "Until June the shares offered in the sale can\'t be resold", said on 8 November 1989, as 1990-06 (review)', () => {
    expect(
      both("Until June the shares offered in the sale can't be resold.", '1989-11-08'),
    ).toEqual([['June=1990-06'], ['June=1990-06']]);
  });

  it('reads "Until April the stock traded on the American Stock Exchange", said on 8 November 1989, as 1989-04 (review)', () => {
    expect(
      both('Until April the stock traded on the American Stock Exchange.', '1989-11-08'),
    ).toEqual([['April=1989-04'], ['April=1989-04']]);
  });
  it('reads "Until August Hanson Trust Ltd. owned 15% of the company", said on 8 November 1989, as 1989-08', () => {
    expect(both('Until August Hanson Trust Ltd. owned 15% of the company.', '1989-11-08')).toEqual([
      ['August=1989-08'],
      ['August=1989-08'],
    ]);
  });

  it('reads "Until March the company was profitable", said on 8 November 1989, as 1989-03', () => {
    expect(both('Until March the company was profitable.', '1989-11-08')).toEqual([
      ['March=1989-03'],
      ['March=1989-03'],
    ]);
  });

  it('still reads "Until March the company will keep its stake", said on 8 November 1989, as 1990-03', () => {
    expect(both('Until March the company will keep its stake.', '1989-11-08')).toEqual([
      ['March=1990-03'],
      ['March=1990-03'],
    ]);
  });

  it('does not take a name in "-ed" for a past ("Until March United Airlines will fly the route")', () => {
    expect(isFrontedUntilGoneBy('Until ', ' United Airlines will fly the route.')).toBe(false);
  });

  it('does not take an "until" inside its sentence for a fronted one', () => {
    expect(isFrontedUntilGoneBy('He said that until ', ' the company kept its stake.')).toBe(false);
  });
  it('reads "Until August we didn\'t know the cost of the cleanup", said on 8 November 1989, as 1989-08, and "Until August we don\'t expect a profit" as 1990-08 (post-merge)', () => {
    expect(both("Until August we didn't know the cost of the cleanup.", '1989-11-08')).toEqual([
      ['August=1989-08'],
      ['August=1989-08'],
    ]);
    expect(both("Until August we don't expect a profit.", '1989-11-08')[1]).toEqual([
      'August=1990-08',
    ]);
  });
});
