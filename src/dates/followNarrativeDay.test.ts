import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/mention.ts';
import { followNarrativeDay } from './followNarrativeDay.ts';

function mention(text: string, start: number, value: string): Mention {
  return {
    text,
    start,
    end: start + text.length,
    type: 'DATE',
    value,
    granularity: 'day',
    anchor: { kind: 'published', date: '1999-03-01' },
  };
}

const OCT_12 = followNarrativeDay(undefined, mention('Oct. 12, 1998', 3, '1998-10-12'));

describe('followNarrativeDay', () => {
  it('makes a mention naming a day the day the story is on', () => {
    expect(OCT_12).toEqual({
      value: '1998-10-12',
      source: { kind: 'mention', text: 'Oct. 12, 1998', start: 3, value: '1998-10-12' },
    });
  });

  it('takes the day of a clock time', () => {
    expect(
      followNarrativeDay(OCT_12, mention('10 p.m. Friday', 40, '1998-10-16T22:00'))?.value,
    ).toBe('1998-10-16T22:00');
  });

  it('keeps the day through a year or a month that takes it in', () => {
    expect(followNarrativeDay(OCT_12, mention('that year', 30, '1998'))).toBe(OCT_12);
    expect(followNarrativeDay(OCT_12, mention('October', 30, '1998-10'))).toBe(OCT_12);
  });

  it('ends the day when a month elsewhere moves the story on', () => {
    expect(followNarrativeDay(OCT_12, mention('In June', 30, '1999-06'))).toBeUndefined();
  });

  it('names no day before any day is named', () => {
    expect(followNarrativeDay(undefined, mention('that year', 0, '1998'))).toBeUndefined();
  });
});
