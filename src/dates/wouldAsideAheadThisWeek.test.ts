import {
  format,
  nextFriday,
  nextThursday,
  nextTuesday,
  nextWednesday,
  previousFriday,
  previousMonday,
  previousThursday,
  previousTuesday,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { wouldAsideAheadThisWeek } from './wouldAsideAheadThisWeek.ts';

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const weekdayOf = (text: string, word: string, published: Date) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published: day(published), locale: 'en-US' })
      .filter((m) => m.text === word)
      .map((m) => m.value),
  );

describe('a weekday in an aside of reported speech with "would" after it', () => {
  it('reads "The company said its results, to be reported Thursday, would rise", said on Monday 16 October 1989, as the coming Thursday', () => {
    const published = new Date(1989, 9, 16);
    const text = 'The company said its results, to be reported Thursday, would rise sharply.';
    const thursday = day(nextThursday(published));
    expect(weekdayOf(text, 'Thursday', published)).toEqual([[thursday], [thursday]]);
  });

  it('reads "to be released Tuesday, would be about 40 cents", said on Monday 16 April 1990, as the next day', () => {
    const published = new Date(1990, 3, 16);
    const text =
      'A spokesman said first-quarter profit, to be released Tuesday, would be about 40 cents.';
    const tuesday = day(nextTuesday(published));
    expect(weekdayOf(text, 'Tuesday', published)).toEqual([[tuesday], [tuesday]]);
  });

  it('keeps "to be reported Monday, would show a loss", said on Wednesday 18 October 1989, as the Monday gone by', () => {
    const published = new Date(1989, 9, 18);
    const monday = day(previousMonday(published));
    expect(
      weekdayOf(
        'The company said its results, to be reported Monday, would show a loss.',
        'Monday',
        published,
      ),
    ).toEqual([[monday], [monday]]);
  });

  it('keeps a day after "Last week" and one in no infinitive aside ("reported Tuesday, would") as the day gone by', () => {
    const published = new Date(1989, 9, 16);
    const text = 'Last week, the company said its results, to be reported Thursday, would rise.';
    expect(
      wouldAsideAheadThisWeek(
        text,
        text.indexOf('Thursday'),
        text.indexOf(', would'),
        4,
        day(published),
      ),
    ).toBe(false);
    const lastThursday = day(previousThursday(published));
    expect(weekdayOf(text, 'Thursday', published)).toEqual([[lastThursday], [lastThursday]]);
    const reported = 'The company said its results, reported Tuesday, would have been higher.';
    const thursday = new Date(1989, 9, 19);
    expect(weekdayOf(reported, 'Tuesday', thursday)).toEqual([
      [day(previousTuesday(thursday))],
      [day(previousTuesday(thursday))],
    ]);
  });

  it('keeps "On Thursday, the company said its results, to be reported Friday, would be lower", said on Wednesday 18 October 1989, as the Friday gone by', () => {
    const published = new Date(1989, 9, 18);
    const friday = day(previousFriday(published));
    const text =
      'On Thursday, the company said its results, to be reported Friday, would be lower.';
    expect(weekdayOf(text, 'Friday', published)).toEqual([[friday], [friday]]);
  });

  it('keeps "The company said last Tuesday that its results, to be reported Thursday, would rise", said on Monday 16 October 1989, as the Thursday gone by', () => {
    const published = new Date(1989, 9, 16);
    const thursday = day(previousThursday(published));
    const text =
      'The company said last Tuesday that its results, to be reported Thursday, would rise.';
    expect(weekdayOf(text, 'Thursday', published)).toEqual([[thursday], [thursday]]);
  });

  it('reads "In a statement Friday, the company said its results, to be reported Wednesday, would …", said on Monday 16 October 1989, as the coming Wednesday', () => {
    const published = new Date(1989, 9, 16);
    const text =
      'In a statement Friday, the company said its results, to be reported Wednesday, would include a charge.';
    const wednesday = day(nextWednesday(published));
    expect(weekdayOf(text, 'Wednesday', published)).toEqual([[wednesday], [wednesday]]);
  });

  it('keeps "On Oct. 12, the company said its results, to be reported Friday, would be lower", said on Monday 16 October 1989, as the Friday gone by', () => {
    const published = new Date(1989, 9, 16);
    const friday = day(previousFriday(published));
    const text = 'On Oct. 12, the company said its results, to be reported Friday, would be lower.';
    expect(weekdayOf(text, 'Friday', published)).toEqual([[friday], [friday]]);
    const undated = 'The company said its results, to be reported Friday, would be lower.';
    expect(weekdayOf(undated, 'Friday', published)).toEqual([
      [day(nextFriday(published))],
      [day(nextFriday(published))],
    ]);
  });
});
