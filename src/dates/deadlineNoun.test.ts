import { previousFriday, nextFriday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import {
  DEADLINE_GONE_AFTER,
  DEADLINE_GONE_APPOSED_BEFORE,
  DEADLINE_GONE_BEFORE,
} from './deadlineNoun.ts';
import { findMentions } from './findMentions.ts';

describe('a deadline gone by', () => {
  it('reads "Friday\'s deadline passed" as a deadline gone by', () => {
    expect(DEADLINE_GONE_AFTER.test("'s deadline passed quietly")).toBe(true);
  });

  it('reads "The November deadline was missed by most councils" as a deadline gone by', () => {
    expect(DEADLINE_GONE_AFTER.test(' deadline was missed by most councils.')).toBe(true);
    expect(DEADLINE_GONE_AFTER.test("'s deadline was not met.")).toBe(true);
    expect(DEADLINE_GONE_AFTER.test(' deadline was extended.')).toBe(false);
  });

  it('does not read a deadline that still looms as gone by', () => {
    expect(DEADLINE_GONE_AFTER.test("'s deadline looms")).toBe(false);
  });

  it('reads "Officials missed the deadline, Saturday," as a deadline gone by', () => {
    expect(DEADLINE_GONE_APPOSED_BEFORE.test('Officials missed the deadline, ')).toBe(true);
  });

  it('does not read "racing to beat the deadline, Friday," as gone by', () => {
    expect(DEADLINE_GONE_APPOSED_BEFORE.test('racing to beat the deadline, ')).toBe(false);
  });
});

describe('beat with how it was done before "to"', () => {
  const sunday = new Date(1998, 8, 6);
  const published = toCalendarDate(sunday);
  const friday = (text: string) =>
    findMentions(text, { published, locale: 'en-US' }).find((f) => f.text === 'Friday')?.value;

  it.each([
    "Lawmakers worked through the night to beat the union's Friday deadline.",
    "Canvassers worked around the clock to beat the county's Friday deadline.",
    "Aides stayed up late to beat the union's Friday deadline.",
  ])('reads %j, said on Sunday 6 September 1998, as the Friday gone by', (text) => {
    expect(friday(text)).toBe(toCalendarDate(previousFriday(sunday)));
  });

  it.each([
    "Lawmakers will work through the night to beat the union's Friday deadline.",
    "Officials said the union hopes to beat the union's Friday deadline.",
    "Lawmakers worked through the night and they hope to beat the union's Friday deadline.",
    "Negotiators stepped up efforts to beat the union's Friday deadline.",
    "Both sides stepped up talks Saturday to beat the union's Friday deadline.",
  ])('still reads %j, said on Sunday 6 September 1998, as the coming Friday', (text) => {
    expect(friday(text)).toBe(toCalendarDate(nextFriday(sunday)));
  });

  it('tells a past done through the night from a try under way', () => {
    expect(
      DEADLINE_GONE_BEFORE.test('Lawmakers worked through the night to beat the union’s '),
    ).toBe(true);
    expect(DEADLINE_GONE_BEFORE.test('Lawmakers said they hope to beat the union’s ')).toBe(false);
  });
});
