import { describe, expect, it } from 'vitest';
import { breakEndedBefore } from './breakEndedBefore.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a break named by its month or season, with a nearer time after it, is the one gone by', () => {
  it('reads "Congress returns from its August recess next week", said in September, as last August', () => {
    expect(read('Congress returns from its August recess next week.', '2026-09-09')).toEqual([
      ['August = 2026-08', 'next week = 2026-W38'],
      ['August = 2026-08', 'next week = 2026-W38'],
    ]);
  });

  it('reads "MPs return from the summer recess on Monday", said in September, as this summer', () => {
    expect(read('MPs return from the summer recess on Monday.', '2026-09-03')).toEqual([
      ['the summer = 2026-SU', 'on Monday = 2026-09-07'],
      ['the summer = 2026-SU', 'Monday = 2026-09-07'],
    ]);
  });

  it('reads "after its August recess on 8 September" as the August just ended', () => {
    const text = 'The council meets again after its August recess on 8 September.';
    expect(read(text, '2026-09-02')[1]).toEqual(['August = 2026-08', '8 September = 2026-09-08']);
  });

  it('reads "returns from its August recess today", said in September, as last August', () => {
    expect(read('Congress returns from its August recess today.', '2026-09-10')[1]).toEqual([
      'August = 2026-08',
      'today = 2026-09-10',
    ]);
  });

  it('keeps the August to come where no nearer time follows the break', () => {
    const text = 'The Senate will vote when it returns from its August recess.';
    expect(breakEndedBefore(text, text.indexOf('August'), text.indexOf('August') + 6)).toBe(false);
    expect(read(text, '2026-03-10')).toEqual([['August = 2026-08'], ['August = 2026-08']]);
  });

  it('keeps the August to come where the nearer time is in a clause of its own', () => {
    const text = 'After its August recess, the Senate will take up the bill on Monday.';
    expect(breakEndedBefore(text, text.indexOf('August'), text.indexOf('August') + 6)).toBe(false);
    expect(read(text, '2026-07-15')[1]).toEqual(['August = 2026-08', 'Monday = 2026-07-20']);
    const near = 'After its August recess, next week the Senate will vote on the bill.';
    expect(read(near, '2026-03-10')[0]).toContain('August = 2026-08');
  });

  it('keeps a break that begins ("The August recess begins next week") ahead', () => {
    expect(read('The August recess begins next week.', '2026-07-22')[0]).toEqual([
      'August = 2026-08',
      'next week = 2026-W31',
    ]);
  });

  it('does not fire on a month that is no break\'s ("returned from its August tour on Monday")', () => {
    const text = 'The band returns from its August tour on Monday.';
    expect(breakEndedBefore(text, text.indexOf('August'), text.indexOf('August') + 6)).toBe(false);
  });
});
