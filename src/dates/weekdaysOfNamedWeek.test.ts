import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 9 March 2026 and Wednesday 11 March 2026.
const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
const WEDNESDAY = { published: '2026-03-11', locale: 'en-GB' } as const;
const values = (text: string, options: { published: string; locale: 'en-GB' }) =>
  [findMentions, findTimemlMentions].map((find) => find(text, options).map((m) => m.value));

describe('weekdays listed before a weekday of a named week are days of that week', () => {
  it.each([
    ['Tube drivers will strike on Tuesday and Thursday next week.', ['2026-03-17', '2026-03-19']],
    [
      'Tube drivers will strike on Tuesday and Thursday of next week.',
      ['2026-03-17', '2026-03-19'],
    ],
    ['Talks will resume Tuesday or Wednesday next week.', ['2026-03-17', '2026-03-18']],
    [
      'Nurses will strike on Tuesday, Wednesday and Thursday next week.',
      ['2026-03-17', '2026-03-18', '2026-03-19'],
    ],
  ])('reads "%s" as %j in both readings', (text, days) => {
    expect(values(text, MONDAY)).toEqual([days, days]);
  });

  it('reads a list of last week said later in the week the same way', () => {
    const days = ['2026-03-02', '2026-03-03'];
    expect(values('Drivers walked out on Monday and Tuesday last week.', WEDNESDAY)).toEqual([
      days,
      days,
    ]);
  });

  it.each([
    ['Talks are on Tuesday, when the union meets, and Thursday next week.', '2026-03-10'],
    ['The strike began Monday and will resume Thursday next week.', '2026-03-09'],
    ['Strikes are planned on Friday and Monday next week.', '2026-03-13'],
  ])('does not fire on "%s" (the first day stays %s)', (text, first) => {
    expect(values(text, MONDAY).map((v) => v[0])).toEqual([first, first]);
  });

  it('does not take a day before ", and on" into the named week', () => {
    const text = 'The committee met on Tuesday, and on Thursday next week the full board votes.';
    expect(values(text, WEDNESDAY)).toEqual([
      ['2026-03-10', '2026-03-19'],
      ['2026-03-10', '2026-03-19'],
    ]);
  });
});
