import { describe, expect, it } from 'vitest';
import { weekdayOrWeekendMention } from './weekdayOrWeekendMention.ts';

describe('weekdayOrWeekendMention', () => {
  it('gives the day itself for "the second Wednesday of March"', () => {
    expect(weekdayOrWeekendMention(new Date(2026, 2, 11), false, '2026-02-10')).toEqual({
      type: 'DATE',
      value: '2026-03-11',
      granularity: 'day',
      anchor: { kind: 'published', date: '2026-02-10' },
    });
  });

  it('gives the weekend of its ISO week for "the last weekend of May"', () => {
    expect(weekdayOrWeekendMention(new Date(2026, 4, 30), true, '2026-05-01')).toMatchObject({
      value: '2026-W22-WE',
      granularity: 'week',
    });
  });
});
