import { differenceInCalendarDays, isSameYear, max as latest, min as earliest } from 'date-fns';
import type { Dataset } from '../model/dataset.ts';
import type { TimelineEvent } from '../model/event.ts';
import { dayRange } from './displayDate.ts';
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

/** The days an event's date covers: local midnight of its first day to midnight after its last. */
function windowOf(event: TimelineEvent): TimeWindow {
  return { start: localDate(event.date.start), end: endOfLocalDate(event.date.end) };
}

/** The smallest window that holds every one of `windows`. */
function spanOf(windows: readonly TimeWindow[]): TimeWindow | null {
  if (windows.length === 0) return null;
  return {
    start: earliest(windows.map((w) => w.start)),
    end: latest(windows.map((w) => w.end)),
  };
}

function padded(window: TimeWindow, before: number, after = before): TimeWindow {
  const span = window.end.getTime() - window.start.getTime();
  return {
    start: new Date(window.start.getTime() - span * before),
    end: new Date(window.end.getTime() + span * after),
  };
}

/** Every event's dates, with a little room either side: what the overview strip covers. */
export function storySpan(dataset: Dataset): TimeWindow | null {
  const all = spanOf(dataset.events.map(windowOf));
  return all && padded(all, 0.02);
}

const weekMs = 7 * 24 * 3600 * 1000;

/**
 * The fewest days an event covers for it to count as a stretch rather than among the news days:
 * a week (2025-W33) or a longer span. Anything shorter (a day, a weekend, "March 3-5") near
 * publication is news, framed whole however far apart such events lie.
 */
const stretchDays = 7;

/**
 * The most days the news view widens to when it takes in a stretch (see `stretchDays`): a week.
 * It limits only the taking in of stretches; the news days themselves, the shorter events, are
 * framed whole even when they lie further apart. Measured with the Witkoff story on a 360 px
 * phone (about 220 px of timeline): over seven days vis-timeline still numbers every other day on
 * its axis; over eight it names only the months, and the news days can no longer be told apart.
 * A longer stretch stays cut at the view's edge, where its label says where it begins and ends
 * (see runsPast).
 */
export const newsViewAtMostDays = 7;

/** The calendar days a window covers, counted by date so a change of clocks does not shift it. */
function daysIn(window: TimeWindow): number {
  return differenceInCalendarDays(window.end, window.start);
}

/** Dates that fall on days a reader can count: a day, a week, a stretch from one day to another. */
function fallsOnDays(event: TimelineEvent): boolean {
  const { granularity } = event.date;
  return granularity === 'day' || granularity === 'week' || granularity === 'span';
}

/**
 * The news days: the days of the events dated within a week of publication that cover fewer than
 * `stretchDays` days (a day, a weekend, a stretch such as "March 3-5"), each whole. Then each
 * stretch among those events (a week such as 2025-W33 counts as the days it covers),
 * shortest first, that overlaps the news days is taken in whole while the view stays
 * `newsViewAtMostDays` long; a story with no shorter events is framed by its first stretch that fits.
 */
function newsDays(dataset: Dataset): TimeWindow | null {
  const published = dataset.sources.map((s) => localDate(s.published));
  const firstPublished = earliest(published).getTime();
  const lastPublished = latest(published).getTime();
  const near = dataset.events
    .filter(
      (e) =>
        fallsOnDays(e) &&
        localDate(e.date.end).getTime() >= firstPublished - weekMs &&
        localDate(e.date.start).getTime() <= lastPublished + weekMs,
    )
    .map(windowOf);
  let days = spanOf(near.filter((w) => daysIn(w) < stretchDays));
  const stretches = near
    .filter((w) => daysIn(w) >= stretchDays)
    .sort((a, b) => daysIn(a) - daysIn(b));
  for (const stretch of stretches) {
    if (days && !(stretch.start < days.end && days.start < stretch.end)) continue;
    const joined = spanOf(days ? [days, stretch] : [stretch]);
    if (joined && daysIn(joined) <= newsViewAtMostDays) days = joined;
  }
  return days;
}

/**
 * The views a reader can jump to: the whole story, the background (everything that began
 * before the year the articles were published) and the news days (see newsDays). Derived from
 * the data, so another story gets its own.
 */
export function storyViews(dataset: Dataset): StoryView[] {
  const published = dataset.sources.map((s) => localDate(s.published));
  const firstPublished = earliest(published);
  const background = dataset.events.filter(
    (e) => localDate(e.date.start).getFullYear() < firstPublished.getFullYear(),
  );
  const views: StoryView[] = [];
  const all = spanOf(dataset.events.map(windowOf));
  // Room on the right: the latest events are the crowded ones, and their labels run rightwards.
  if (all) views.push({ id: 'all', label: 'Whole story', window: padded(all, 0.02, 0.3) });
  const back = spanOf(background.map(windowOf));
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
  const days = newsDays(dataset);
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
