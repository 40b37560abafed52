import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 9 December 2026.
const WEDNESDAY = { published: '2026-12-09', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, WEDNESDAY).map((m) => m.value));

describe('a thing held on a day that moves itself to another day looks ahead to it', () => {
  it.each([
    ['Bin collections move to Saturday.', '2026-12-12'],
    ['The market moves to Sunday for the festive period.', '2026-12-13'],
    ['The weekly briefing switches to Thursday.', '2026-12-10'],
    ['The vote moves to Tuesday because of the storm.', '2026-12-15'],
    ['The final shifts to Sunday because of the forecast.', '2026-12-13'],
  ])('reads "%s" as %s in both readings', (text, value) => {
    expect(read(text).map((values) => values.at(-1))).toEqual([value, value]);
  });

  it('reads "The game has moved to Friday night" as the coming Friday night', () => {
    expect(read('The game has moved to Friday night.')).toEqual([
      ['2026-12-11'],
      ['2026-12-11TNI'],
    ]);
  });

  it.each([
    ['The market moved to Sunday because of the storm.', '2026-12-06'],
    ['Investors move to Monday with little news.', '2026-12-07'],
  ])('does not fire on "%s" (%s)', (text, value) => {
    expect(read(text).map((values) => values.at(-1))).toEqual([value, value]);
  });
});
