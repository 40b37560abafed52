import { describe, expect, it } from 'vitest';
import { overviewMarks, overviewPosition, overviewYears, yearLabelWidth } from './overviewMarks.ts';
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
  cut: null,
  style: '',
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

describe('overviewYears', () => {
  const range = (from: number, to: number, step: number) =>
    Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
  const story = { start: new Date(1989, 5, 1), end: new Date(2025, 6, 1) };
  const gaps = (width: number) => {
    const at = overviewPosition(story);
    const lefts = overviewYears(story, width).map((y) => (at(new Date(y, 0, 1)) / 100) * width);
    return lefts.slice(1).map((left, i) => left - (lefts[i] ?? 0));
  };

  it('labels every year when the strip has room for each, but not one cut off at its end', () => {
    expect(overviewYears(story, 36 * yearLabelWidth * 1.2)).toEqual(range(1990, 2024, 1));
  });

  it('thins the years of a long story so that no label runs into the next', () => {
    for (const width of [1200, 780, 340]) {
      expect(gaps(width).length).toBeGreaterThan(2);
      expect(Math.min(...gaps(width))).toBeGreaterThanOrEqual(yearLabelWidth);
    }
  });

  it('leaves out a year whose label would run off the end of the strip', () => {
    const late = { start: new Date(2019, 0, 1), end: new Date(2024, 0, 20) };
    expect(overviewYears(late, 1000)).toEqual([2020, 2021, 2022, 2023]);
    expect(overviewYears({ ...late, end: new Date(2024, 6, 1) }, 1000)).toContain(2024);
  });

  it('labels round years: every 2nd, 5th or 10th', () => {
    expect(overviewYears(story, 780)).toEqual(range(1990, 2022, 2));
    expect(overviewYears(story, 340)).toEqual(range(1990, 2020, 5));
    expect(overviewYears(story, 150)).toEqual(range(1990, 2010, 10));
  });
});
