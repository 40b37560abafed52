import { describe, expect, it } from 'vitest';
import { overviewMarks } from './overviewMarks.ts';
import type { TimelineItem } from './toTimelineItems.ts';

const domain = { start: new Date(2020, 0, 1), end: new Date(2020, 0, 101) };
const item = (id: string, day: number, days: number, className = 'kind-a'): TimelineItem => ({
  id,
  group: 'a',
  start: new Date(2020, 0, 1 + day),
  end: new Date(2020, 0, 1 + day + days),
  className,
  status: null,
  title: id,
  draft: false,
});

describe('overviewMarks', () => {
  it('places each mark in percent of the domain', () => {
    const [mark] = overviewMarks([item('x', 10, 5)], domain);
    expect(mark?.left).toBeCloseTo(10);
    expect(mark?.width).toBeCloseTo(5);
  });

  it('merges marks of one class that overlap, and keeps other classes apart', () => {
    const marks = overviewMarks(
      [item('a', 10, 5), item('b', 12, 10), item('c', 13, 1, 'kind-b'), item('d', 50, 1)],
      domain,
    );
    expect(marks.map((m) => [m.key, Math.round(m.left), Math.round(m.width)])).toEqual([
      ['a', 10, 12],
      ['c', 13, 1],
      ['d', 50, 1],
    ]);
  });

  it('draws ten thousand daily events as a few hundred marks at most', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item(`e${i}`, (i * 7) % 100, 1));
    expect(overviewMarks(many, domain).length).toBeLessThan(300);
  });
});
