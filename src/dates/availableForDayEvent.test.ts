import { describe, expect, it } from 'vitest';
import { availableForDayEvent } from './availableForDayEvent.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 16 March 2026.
const MONDAY = { published: '2026-03-16', locale: 'en-GB' } as const;
const first = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, MONDAY)[0]?.value);

describe("a player's standing for a day's game, told in the present or ahead, is for the game to come", () => {
  it.each([
    ["The striker is a doubt for Wednesday's game.", '2026-03-18'],
    ["The winger is suspended for Saturday's derby.", '2026-03-21'],
    ["Smith is ruled out of Sunday's final.", '2026-03-22'],
    ["The goalkeeper will sit out Sunday's final.", '2026-03-22'],
    ["The captain will be rested for Sunday's game.", '2026-03-22'],
    ["The forward could miss Saturday's cup tie.", '2026-03-21'],
  ])('reads "%s" as %s in both readings', (text, value) => {
    expect(first(text)).toEqual([value, value]);
  });

  it.each([
    ["The winger was suspended for Saturday's derby.", '2026-03-14'],
    ["He could not attend Saturday's meeting.", '2026-03-14'],
    ["Fans were out of their seats for Saturday's final.", '2026-03-14'],
  ])('keeps "%s" gone by (%s)', (text, value) => {
    expect(first(text)).toEqual([value, value]);
  });

  it('reads the standing only right before the day', () => {
    expect(availableForDayEvent('The striker is a doubt for ')).toBe(true);
    expect(availableForDayEvent('The striker was a doubt for ')).toBe(false);
  });
});
