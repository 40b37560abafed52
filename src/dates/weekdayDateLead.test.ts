import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { weekdayDateLead } from './weekdayDateLead.ts';

// Thursday 5 March 1998.
const PUBLISHED = { published: '1998-03-05', locale: 'en-US' } as const;
const marked = (found: { text: string; value: string }[]) => found.map((m) => [m.text, m.value]);
const news = (text: string) => marked(findMentions(text, PUBLISHED));
const timeml = (text: string) => marked(findTimemlMentions(text, PUBLISHED));

describe('"this coming" or "this past" before a weekday written with its date', () => {
  it.each([
    [
      "International Women's Day is this coming Sunday, March eighth.",
      'this coming Sunday, March eighth',
      '1998-03-08',
    ],
    [
      'The rally is set for this coming Tuesday, March 10.',
      'this coming Tuesday, March 10',
      '1998-03-10',
    ],
    ['He spoke this past Friday, Feb. 27, in Boston.', 'this past Friday, Feb. 27', '1998-02-27'],
  ])('reads %j as one expression, in both readings', (text, words, value) => {
    expect(news(text)).toContainEqual([words, value]);
    expect(timeml(text)).toContainEqual([words, value]);
  });

  it('leaves "The vote is set for Tuesday, March 10" as it was', () => {
    expect(timeml('The vote is set for Tuesday, March 10.')).toEqual([
      ['Tuesday, March 10', '1998-03-10'],
    ]);
  });

  it('takes in only "this" before "past Friday", and nothing before a date with no weekday', () => {
    expect(weekdayDateLead('spoke this ', 'past Friday, Feb. 27')).toBe(5);
    expect(weekdayDateLead('spoke the ', 'past Friday, Feb. 27')).toBe(0);
    expect(weekdayDateLead('is this coming ', 'March 8')).toBe(0);
    expect(weekdayDateLead('is this ', 'Sunday, March 8')).toBe(0);
    expect(weekdayDateLead('is this coming ', 'Sunday, March eighth')).toBe(12);
  });
});
