import { describe, expect, it } from 'vitest';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const; // a Friday

function tags(text: string): Array<[string, string, string]> {
  return findTimemlMentions(text, JAN_2000).map((m) => [m.text, m.type, m.value]);
}

describe('joinTimesToDays, as TimeML mode uses it', () => {
  it('puts a 24-hour time with its zone on the weekday named after it', () => {
    expect(tags('The rocket lifted off at 0530 GMT Thursday.')).toEqual([
      ['0530 GMT Thursday', 'TIME', '2000-01-06T05:30'],
    ]);
  });

  it('leaves a clock time and a day apart when words come between them, the time on that day', () => {
    expect(tags('The vote began at 7 a.m. (1200 GMT) on Tuesday.')).toEqual([
      ['7 a.m.', 'TIME', '2000-01-04T07:00'],
      // The zone time restates the clock before it, on that clock's Tuesday.
      ['1200 GMT', 'TIME', '2000-01-04T12:00'],
      ['Tuesday', 'DATE', '2000-01-04'],
    ]);
  });

  it('leaves a day with its part and the day after it apart (Sunday night Monday)', () => {
    expect(tags('Fighting raged Sunday night Monday.').map(([text]) => text)).not.toContain(
      'Sunday night Monday',
    );
  });
});
