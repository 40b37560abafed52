import { format, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { dayRange } from './displayDate.ts';
import type { TimelineEvent } from '../model/event.ts';
import golden from '../dataset/timeline.golden.json' with { type: 'json' };
import {
  newsViewAtMostDays,
  openingLimit,
  openingWindow,
  storySpan,
  storyViews,
} from './storyViews.ts';

const at = (
  id: string,
  start: string,
  end = start,
  granularity: 'day' | 'week' | 'month' | 'span' = 'day',
) => ({ id, date: { start, end, granularity } }) as TimelineEvent;

/** The news-days view of a story published on `published` with `events`. */
const newsView = (published: string[], events: TimelineEvent[]) =>
  storyViews({
    sources: published.map((p) => ({ published: p })),
    events,
  } as unknown as Dataset).find((v) => v.id === 'week');

const dataset = {
  sources: [{ published: '2025-08-07' }, { published: '2025-08-06' }],
  events: [
    at('geneva', '2021-06-01', '2021-06-30', 'month'),
    at('last-met', '2019-12-01', '2019-12-31', 'month'),
    at('office', '2025-01-01', '2025-01-31', 'month'),
    at('meeting', '2025-08-06'),
    at('deadline', '2025-08-08'),
  ],
} as unknown as Dataset;

describe('storyViews', () => {
  const views = storyViews(dataset);
  const view = (id: string) => views.find((v) => v.id === id);

  it('offers the whole story, the background and the news days', () => {
    expect(views.map((v) => v.id)).toEqual(['all', 'background', 'week']);
  });

  it('names the background by the years it covers', () => {
    expect(view('background')?.label).toBe('Background 2019–2021');
  });

  it('names the news days and frames them with a little room either side', () => {
    const week = view('week');
    expect(week?.label).toBe('6–8 Aug 2025');
    expect(week?.window.start.getTime()).toBeLessThan(new Date(2025, 7, 6).getTime());
    expect(week?.window.end.getTime()).toBeGreaterThan(new Date(2025, 7, 9).getTime());
  });

  it('names news on one day and background in one year without a range of one', () => {
    const oneDay = storyViews({
      sources: [{ published: '2025-03-12' }],
      events: [at('strike', '2025-03-11'), at('old', '2019-05-01', '2019-05-31', 'month')],
    } as unknown as Dataset);
    expect(oneDay.map((v) => v.label)).toEqual(['Whole story', 'Background 2019', '11 Mar 2025']);
  });

  it('frames a stretch of days among the news days whole, not as a sliver', () => {
    const views = storyViews({
      sources: [{ published: '2025-03-06' }],
      events: [
        { id: 'stalled', date: { start: '2025-03-03', end: '2025-03-05', granularity: 'span' } },
        at('thursday', '2025-03-06'),
        // A stretch of months is background, not news days: it does not widen the view.
        { id: 'talks', date: { start: '2024-11-01', end: '2025-03-06', granularity: 'span' } },
      ],
    } as unknown as Dataset);
    const week = views.find((v) => v.id === 'week');
    expect(week?.label).toBe('3–6 Mar 2025');
    expect(week?.window.start.getTime()).toBeLessThan(new Date(2025, 2, 3).getTime());
    expect(week?.window.end.getTime()).toBeGreaterThan(new Date(2025, 2, 7).getTime());
  });

  it('counts a week-precision event as the days it covers: the week around the news day is framed whole', () => {
    // Published on Wednesday 13 August; "this week" is 2025-W33, Monday 11 to Sunday 17 August.
    const week = newsView(
      ['2025-08-13'],
      [at('vote', '2025-08-13'), at('talks', '2025-08-11', '2025-08-17', 'week')],
    );
    expect(week?.label).toBe('11–17 Aug 2025');
    expect(week?.window.start.getTime()).toBeLessThan(new Date(2025, 7, 11).getTime());
    expect(week?.window.end.getTime()).toBeGreaterThan(new Date(2025, 7, 18).getTime());
  });

  it('frames the news days by a week-precision event when no event falls on a single day', () => {
    const week = newsView(
      ['2025-08-07'],
      [
        at('summit', '2025-08-11', '2025-08-17', 'week'),
        at('office', '2025-01-01', '2025-01-31', 'month'),
      ],
    );
    expect(week?.label).toBe('11–17 Aug 2025');
  });

  it('takes in the week that runs through the news days, not the one that ends as they begin', () => {
    // Published on Monday 11 August: last week (2025-W32) ends that midnight, this week begins.
    const week = newsView(
      ['2025-08-11'],
      [
        at('vote', '2025-08-11'),
        at('last-week', '2025-08-04', '2025-08-10', 'week'),
        at('this-week', '2025-08-11', '2025-08-17', 'week'),
      ],
    );
    expect(week?.label).toBe('11–17 Aug 2025');
  });

  it('takes in a week around the news days up to the readable days, and leaves a longer stretch cut at the edge', () => {
    // News on 13 August in the week of 11–17 August; a siege from one day more than the readable
    // days before the week's end runs through both.
    const weekEnd = new Date(2025, 7, 18);
    const siegeStart = subDays(weekEnd, newsViewAtMostDays + 1);
    const week = newsView(
      ['2025-08-13'],
      [
        at('vote', '2025-08-13'),
        at('talks', '2025-08-11', '2025-08-17', 'week'),
        at('siege', format(siegeStart, 'yyyy-MM-dd'), '2025-08-17', 'span'),
      ],
    );
    expect(week?.label).toBe(
      dayRange({ start: subDays(weekEnd, newsViewAtMostDays), end: weekEnd }),
    );
  });

  it('leaves a stretch of a week that ended before the news days out of their view, not squashing them', () => {
    const week = newsView(
      ['2025-08-06', '2025-08-07'],
      [
        at('meeting', '2025-08-06'),
        at('deadline', '2025-08-08'),
        at('exercises', '2025-07-28', '2025-08-03', 'span'),
      ],
    );
    expect(week?.label).toBe('6–8 Aug 2025');
  });

  it('leaves a week that only follows the news days out of their view', () => {
    const week = newsView(
      ['2025-08-06', '2025-08-07'],
      [
        at('meeting', '2025-08-06'),
        at('deadline', '2025-08-08'),
        at('summit', '2025-08-11', '2025-08-17', 'week'),
      ],
    );
    expect(week?.label).toBe('6–8 Aug 2025');
  });

  it('opens the Witkoff story on its news days, 6–8 August, as before', () => {
    const views = storyViews(golden as unknown as Dataset);
    expect(views.find((v) => v.id === 'week')?.label).toBe('6–8 Aug 2025');
  });

  it('keeps every event inside the whole-story view', () => {
    const all = view('all');
    expect(all?.window.start.getTime()).toBeLessThan(new Date(2019, 11, 1).getTime());
    expect(all?.window.end.getTime()).toBeGreaterThan(new Date(2025, 7, 9).getTime());
  });
});

describe('storySpan', () => {
  it('covers every event, first day to last, with a little room', () => {
    const span = storySpan(dataset);
    expect(span?.start.getTime()).toBeLessThan(new Date(2019, 11, 1).getTime());
    expect(span?.end.getTime()).toBeGreaterThan(new Date(2025, 7, 9).getTime());
    expect(span?.end.getTime()).toBeLessThan(new Date(2026, 0, 1).getTime());
  });

  it('is nothing for a story without events', () => {
    expect(storySpan({ ...dataset, events: [] })).toBeNull();
  });
});

describe('openingWindow', () => {
  const day = (n: number) => new Date(2020, 0, 1 + n);
  const whole = [
    { id: 'all' as const, label: 'Whole story', window: { start: day(0), end: day(400) } },
  ];

  it('opens on the news days when the story has them', () => {
    const views = storyViews(dataset);
    expect(openingWindow(views, [])).toEqual(views.find((v) => v.id === 'week')?.window);
  });

  it('opens on the whole view when it holds no more than the limit', () => {
    const items = Array.from({ length: openingLimit }, (_, i) => ({
      start: day(i),
      end: day(i + 1),
    }));
    expect(openingWindow(whole, items)).toEqual(whole[0]?.window);
  });

  it('narrows a crowded view to the span of its latest events', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ start: day(i), end: day(i + 1) }));
    const window = openingWindow(whole, items);
    const inside = items.filter(
      (item) => window && item.end > window.start && item.start < window.end,
    );
    expect(window && window.end < day(310)).toBe(true);
    expect(inside.length).toBeGreaterThanOrEqual(openingLimit);
    expect(inside.length).toBeLessThanOrEqual(openingLimit + 10);
    expect(inside.at(-1)).toEqual(items.at(-1));
  });

  it('has no window for a story with no views', () => {
    expect(openingWindow([], [])).toBeUndefined();
  });
});
