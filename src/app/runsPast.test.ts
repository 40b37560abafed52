import { describe, expect, it } from 'vitest';
import { runsPast } from './runsPast.ts';

const day = (d: number) => new Date(2025, 7, d);
const window = { start: day(6), end: day(9) };

describe('runsPast', () => {
  it('says a stretch begun before the window runs past its start only', () => {
    expect(runsPast({ start: day(1), end: day(8) }, window)).toBe('before');
  });

  it('says a stretch going on after the window runs past its end only', () => {
    expect(runsPast({ start: day(7), end: day(20) }, window)).toBe('after');
  });

  it('says a month around the window runs past both edges', () => {
    expect(runsPast({ start: day(1), end: new Date(2025, 8, 1) }, window)).toBe('both');
  });

  it('says nothing of a day wholly inside the window, even one that fills it to an edge', () => {
    expect(runsPast({ start: day(6), end: day(7) }, window)).toBeNull();
    expect(runsPast({ start: day(6), end: day(9) }, window)).toBeNull();
  });

  it('says nothing of a stretch the window does not show', () => {
    expect(runsPast({ start: day(1), end: day(6) }, window)).toBeNull();
    expect(runsPast({ start: day(9), end: day(20) }, window)).toBeNull();
  });
});
