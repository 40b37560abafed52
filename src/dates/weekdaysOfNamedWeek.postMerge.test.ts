import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 11 March 2026.
const WEDNESDAY = { published: '2026-03-11', locale: 'en-GB' } as const;
const values = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).map((m) => m.value));

describe('", and" between two weekdays alone opens a clause, not a list of a named week', () => {
  it('keeps the Tuesday gone by in "arrested on Tuesday, and Thursday next week he will appear"', () => {
    const days = ['2026-03-10', '2026-03-19'];
    expect(
      values(
        'The suspect was arrested on Tuesday, and Thursday next week he will appear in court.',
      ),
    ).toEqual([days, days]);
  });

  it('still takes a list of three with a serial comma into the named week', () => {
    const days = ['2026-03-17', '2026-03-18', '2026-03-19'];
    expect(values('Nurses will strike on Tuesday, Wednesday, and Thursday next week.')).toEqual([
      days,
      days,
    ]);
  });
});
