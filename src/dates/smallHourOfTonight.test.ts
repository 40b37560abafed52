import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { smallHourOfTonight } from './smallHourOfTonight.ts';

// Monday 16 February 1998: tonight's small hours are on the day after.
const published = '1998-02-16';
const dayAfter = toCalendarDate(addDays(toLocalDate(published), 1));
const both = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a small hour of tonight', () => {
  it.each([
    ['The launch is set for one thirty tonight, Eastern time.', 'one thirty tonight', 'T01:30'],
    ['The shuttle launch is scheduled for two fifteen tonight.', 'two fifteen tonight', 'T02:15'],
    ['The vote is expected at one tonight.', 'one tonight', 'T01:00'],
    ['The satellite will be launched at twelve thirty tonight.', 'twelve thirty tonight', 'T00:30'],
    ['The storm could come ashore at two thirty tonight.', 'two thirty tonight', 'T02:30'],
    ['The vote is expected at one thirty tonight.', 'one thirty tonight', 'T01:30'],
  ])('reads %j, said on 16 February 1998, on the day after', (text, words, clock) => {
    for (const read of both(text)) expect(read).toEqual([`${words} = ${dayAfter}${clock}`]);
  });

  it('still reads "nine thirty tonight" and "one thirty last night" on the day of publication', () => {
    for (const read of both('The debate is set for nine thirty tonight.'))
      expect(read).toEqual([`nine thirty tonight = ${published}T21:30`]);
    for (const read of both('The fire broke out at one thirty last night.'))
      expect(read).toEqual([`one thirty last night = ${published}T01:30`]);
  });

  it('leaves midnight and the evening alone', () => {
    expect(smallHourOfTonight('tonight', 'T00:00')).toBeUndefined();
    expect(smallHourOfTonight('tonight', 'T21:30')).toBeUndefined();
    expect(smallHourOfTonight('last night', 'T01:30')).toBeUndefined();
    expect(smallHourOfTonight('Tonight', 'T04:59')).toBe('T04:59');
  });

  it('takes an afternoon clock of spoken words as the small hour, not one in figures', () => {
    expect(smallHourOfTonight('tonight', 'T14:30', 'two thirty')).toBe('T02:30');
    expect(smallHourOfTonight('tonight', 'T12:00', 'twelve')).toBeUndefined();
    expect(smallHourOfTonight('tonight', 'T14:30', '2:30 p.m.')).toBeUndefined();
    expect(smallHourOfTonight('tonight', 'T17:30', 'five thirty')).toBeUndefined();
  });
});
