import { describe, expect, it } from 'vitest';
import { sameWindow } from './sameWindow.ts';

const day = 24 * 3600 * 1000;
const week = { start: new Date(2025, 7, 4), end: new Date(2025, 7, 11) };
const moved = (by: number) => ({
  start: new Date(week.start.getTime() + by),
  end: new Date(week.end.getTime() + by),
});

describe('sameWindow', () => {
  it('takes a window for itself', () => {
    expect(sameWindow(week, { start: new Date(week.start), end: new Date(week.end) })).toBe(true);
  });

  it('allows the few milliseconds a window read back from the timeline may differ by', () => {
    expect(sameWindow(week, moved(500))).toBe(true);
  });

  it('tells a window panned by an hour apart from the one wanted', () => {
    expect(sameWindow(week, moved(day / 24))).toBe(false);
  });

  it('tells a zoomed window apart, even with the same start', () => {
    expect(sameWindow(week, { start: week.start, end: new Date(week.end.getTime() + day) })).toBe(
      false,
    );
  });
});
