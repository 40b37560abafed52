import { describe, expect, it } from 'vitest';
import { deedDayGoneBy } from './deedDayGoneBy.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 18 March 2026.
const WEDNESDAY = { published: '2026-03-18', locale: 'en-GB' } as const;
const last = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).at(-1)?.value);

describe('a deed brought in by "after a" before a weekday, in a sentence told ahead, is gone by', () => {
  it.each([
    ["The defender will miss Saturday's game after a knock on Monday.", '2026-03-16'],
    ["Smith will miss Friday's match following an ankle injury on Monday.", '2026-03-16'],
    [
      "The forward could miss Sunday's cup tie after a collision in training on Monday.",
      '2026-03-16',
    ],
    ["The captain will be rested for Sunday's game after a heavy fall on Tuesday.", '2026-03-17'],
  ])('reads the day of "%s" as %s in both readings', (text, value) => {
    expect(last(text)).toEqual([value, value]);
  });

  it.each([
    ['The team will fly to Madrid after a training session on Friday.', '2026-03-20'],
    ['The squad will rest after a long flight on Friday.', '2026-03-20'],
    ['He will be buried after a funeral on Friday.', '2026-03-20'],
    ['The club will confirm the signing after a medical on Friday.', '2026-03-20'],
    ['Results will be announced after a recount on Friday.', '2026-03-20'],
  ])('does not fire on "%s" (the day to come, %s)', (text, value) => {
    expect(last(text)).toEqual([value, value]);
  });

  it('takes the weekday with the "on" a reading may start at', () => {
    const text = 'He will miss the game after a knock on Monday.';
    const at = text.indexOf('on Monday');
    expect(deedDayGoneBy(text, at, at + 9)).toBe(true);
    expect(deedDayGoneBy(text, at + 3, at + 9)).toBe(true);
  });
});
