import { isSameDay, isSameMonth, isSameYear, max as latest, min as earliest } from 'date-fns';
import type { Dataset } from '../model/dataset.ts';
import type { TimelineEvent } from '../model/event.ts';
import { dayMonth, dayMonthYear } from './displayDate.ts';
import { endOfLocalDate, localDate } from './localDate.ts';

export interface TimeWindow {
  start: Date;
  end: Date;
}

export interface StoryView {
  id: 'all' | 'background' | 'week';
  label: string;
  window: TimeWindow;
}

function spanOf(events: readonly TimelineEvent[]): TimeWindow | null {
  if (events.length === 0) return null;
  return {
    start: earliest(events.map((e) => localDate(e.date.start))),
    end: latest(events.map((e) => endOfLocalDate(e.date.end))),
  };
}

function padded(window: TimeWindow, before: number, after = before): TimeWindow {
  const span = window.end.getTime() - window.start.getTime();
  return {
    start: new Date(window.start.getTime() - span * before),
    end: new Date(window.end.getTime() + span * after),
  };
}

function dayRange(window: TimeWindow): string {
  const last = new Date(window.end.getTime() - 1);
  // One day: "11 Mar 2025", not "11–11 Mar 2025".
  if (isSameDay(window.start, last)) return dayMonthYear(last);
  if (isSameMonth(window.start, last)) {
    return `${window.start.getDate()}–${dayMonthYear(last)}`;
  }
  return `${dayMonth(window.start)} – ${dayMonthYear(last)}`;
}

/** Every event's dates, with a little room either side: what the overview strip covers. */
export function storySpan(dataset: Dataset): TimeWindow | null {
  const all = spanOf(dataset.events);
  return all && padded(all, 0.02);
}

/**
 * The views a reader can jump to: the whole story, the background (everything that began
 * before the year the articles were published) and the news days themselves (the day-precise
 * events and stretches of days within a week of publication, each whole). Derived from the data, so another story gets its own.
 */
export function storyViews(dataset: Dataset): StoryView[] {
  const published = dataset.sources.map((s) => localDate(s.published));
  const firstPublished = earliest(published);
  const lastPublished = latest(published);
  const week = 7 * 24 * 3600 * 1000;
  // Stretches of a few days ("stalled between March 3 and 5") count as news days too, so the view
  // frames them whole rather than cutting them to a sliver at its edge.
  const news = dataset.events.filter(
    (e) =>
      (e.date.granularity === 'day' ||
        (e.date.granularity === 'span' &&
          localDate(e.date.end).getTime() - localDate(e.date.start).getTime() < week)) &&
      localDate(e.date.end).getTime() >= firstPublished.getTime() - week &&
      localDate(e.date.start).getTime() <= lastPublished.getTime() + week,
  );
  const background = dataset.events.filter(
    (e) => localDate(e.date.start).getFullYear() < firstPublished.getFullYear(),
  );
  const views: StoryView[] = [];
  const all = spanOf(dataset.events);
  // Room on the right: the latest events are the crowded ones, and their labels run rightwards.
  if (all) views.push({ id: 'all', label: 'Whole story', window: padded(all, 0.02, 0.3) });
  const back = spanOf(background);
  if (back) {
    const last = new Date(back.end.getTime() - 1);
    views.push({
      id: 'background',
      label: isSameYear(back.start, last)
        ? `Background ${last.getFullYear()}`
        : `Background ${back.start.getFullYear()}–${last.getFullYear()}`,
      window: padded(back, 0.04, 0.15),
    });
  }
  const days = spanOf(news);
  if (days) {
    const quarterDay = 6 * 3600 * 1000;
    views.push({
      id: 'week',
      label: dayRange(days),
      window: {
        start: new Date(days.start.getTime() - quarterDay),
        end: new Date(days.end.getTime() + quarterDay),
      },
    });
  }
  return views;
}

/** The most events the timeline opens on; its first draw costs time in proportion to them. */
export const openingLimit = 60;

/**
 * The window the timeline opens on: the news days when the story has them, else the first view,
 * narrowed to the span of its latest `openingLimit` events when it holds more. vis-timeline draws and stacks
 * every item in view, so a story of 10,000 events opened whole would show nothing for minutes;
 * the reader starts at the news end and the views and the overview strip reach the rest.
 */
export function openingWindow(
  views: readonly StoryView[],
  items: readonly { start: Date; end: Date }[],
): TimeWindow | undefined {
  const view = views.find((v) => v.id === 'week') ?? views[0];
  if (!view) return undefined;
  const { start, end } = view.window;
  const inside = items.filter((item) => item.end > start && item.start < end);
  if (inside.length <= openingLimit) return view.window;
  const latest = [...inside]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(-openingLimit);
  const from = Math.max(start.getTime(), Math.min(...latest.map((item) => item.start.getTime())));
  const to = Math.min(end.getTime(), Math.max(...latest.map((item) => item.end.getTime())));
  // A little room either side, as the other views have; labels run rightwards, so more there.
  const span = to - from;
  return { start: new Date(from - span * 0.02), end: new Date(to + span * 0.15) };
}
