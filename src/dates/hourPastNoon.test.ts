import { describe, expect, it } from 'vitest';
import type { ChronoPart } from './ChronoPart.ts';
import { hourOfPartAfterDay, hourOfZonedClock } from './hourPastNoon.ts';
import { parseChrono } from './parseChrono.ts';

const MARCH_2026 = { published: '2026-03-04', locale: 'en-US' } as const; // a Wednesday

/** The hour of the first thing chrono reads in `text`, after `step` has read it. */
function hourAfter(step: (text: string, part: ChronoPart) => ChronoPart, text: string) {
  const result = parseChrono(text, MARCH_2026)[0]!;
  const part = { start: result.index, text: result.text, components: result.start };
  return step(text, part).components.get('hour');
}

describe('hourOfPartAfterDay', () => {
  it("puts 'at about 10 o'clock Sunday night' at 22:00", () => {
    expect(hourAfter(hourOfPartAfterDay, "We met at about 10 o'clock Sunday night.")).toBe(22);
  });

  it("keeps 'at 9 o'clock Friday morning' at 09:00", () => {
    expect(hourAfter(hourOfPartAfterDay, "We met at 9 o'clock Friday morning.")).toBe(9);
  });
});

describe('hourOfZonedClock', () => {
  it("puts a game's 'at 7 PT on Friday' at 19:00", () => {
    expect(hourAfter(hourOfZonedClock, 'The game tips off at 7 PT on Friday.')).toBe(19);
  });

  it("keeps 'The shop opens at 9 ET' at 09:00", () => {
    expect(hourAfter(hourOfZonedClock, 'The shop opens at 9 ET on Friday.')).toBe(9);
  });
});
