import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './event.ts';
import { chronological } from './chronological.ts';

const event = (id: string, start: string, end: string, title = id) =>
  ({ id, title, date: { start, end } }) as TimelineEvent;

describe('chronological', () => {
  it('orders by first day, the more precise date first on a tie, then by title', () => {
    const ordered = chronological([
      event('b', '2025-08-06', '2025-08-06', 'B'),
      event('month', '2025-08-01', '2025-08-31'),
      event('a', '2025-08-06', '2025-08-06', 'A'),
      event('day', '2025-08-01', '2025-08-01'),
      event('old', '2019-12-01', '2019-12-31'),
    ]);
    expect(ordered.map((e) => e.id)).toEqual(['old', 'day', 'month', 'a', 'b']);
  });

  it('does not reorder the array it is given', () => {
    const input = [
      event('late', '2025-01-02', '2025-01-02'),
      event('early', '2020-01-01', '2020-01-01'),
    ];
    chronological(input);
    expect(input.map((e) => e.id)).toEqual(['late', 'early']);
  });
});
