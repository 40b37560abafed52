import { dayMonth } from './displayDate.ts';
import type { StoryView, TimeWindow } from './storyViews.ts';
import type { TimelineGroup, TimelineItem } from './toTimelineItems.ts';

/** An event drawn on the preview: its lane, its row in the lane, and percent of the width. */
export interface PreviewItem {
  id: string;
  title: string;
  className: string;
  lane: number;
  row: number;
  left: number;
  width: number;
}

/** What the timeline shows at first, laid out without a browser: lanes, day ticks, items. */
export interface TimelinePreview {
  lanes: { id: string; label: string; className: string; rows: number }[];
  items: PreviewItem[];
  ticks: { left: number; label: string }[];
}

const dayMs = 24 * 3600 * 1000;
/** Room a label needs past its bar, in percent of the width: rows stack so labels never overlap. */
const labelRoom = 18;
/** More than this many items in the window are left to the live timeline. */
const maxItems = 150;

/**
 * The timeline's opening window as a static picture: the items of `items` inside `window`, each
 * in its kind's lane and stacked in rows so labels do not collide, with a tick per day when the
 * window is a month or less. Where `window` is the view `shownView`, a bar it cuts begins its
 * title with the words the live timeline shows there (`item.cut`). The prerender draws it into the
 * page and the app shows the same picture until vis-timeline has drawn, so the first event is on
 * screen before any script runs.
 */
export function timelinePreview(
  items: readonly TimelineItem[],
  groups: readonly TimelineGroup[],
  window: TimeWindow,
  shownView: StoryView['id'] | null = null,
): TimelinePreview {
  const from = window.start.getTime();
  const span = window.end.getTime() - from;
  const at = (time: number) => ((time - from) / span) * 100;
  const inView = items
    .filter((item) => item.end > window.start && item.start < window.end)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, maxItems);
  const lanes = groups.map((group) => ({
    id: group.id,
    label: group.content,
    className: group.className,
    rows: 0,
  }));
  const rowEnds = groups.map((): number[] => []);
  const placed = inView.flatMap((item) => {
    const lane = groups.findIndex((group) => group.id === item.group);
    const ends = rowEnds[lane];
    const laneRecord = lanes[lane];
    if (!ends || !laneRecord) return [];
    const left = Math.max(0, at(item.start.getTime()));
    const width = Math.min(100, at(item.end.getTime())) - left;
    let row = ends.findIndex((end) => end <= left);
    if (row < 0) row = ends.length;
    ends[row] = left + Math.max(width, labelRoom);
    laneRecord.rows = Math.max(laneRecord.rows, row + 1);
    // A bar the window cuts says where it goes on, as the live timeline's label does.
    const side = shownView && item.cut?.sides[shownView];
    const title = side ? `${item.cut?.words.full[side]} ${item.title}` : item.title;
    return [{ id: item.id, title, className: item.className, lane, row, left, width }];
  });
  const ticks: TimelinePreview['ticks'] = [];
  if (span <= 31 * dayMs) {
    const day = new Date(window.start);
    day.setHours(0, 0, 0, 0);
    for (; day < window.end; day.setDate(day.getDate() + 1)) {
      if (day >= window.start) ticks.push({ left: at(day.getTime()), label: dayMonth(day) });
    }
  }
  // Only lanes with an item in the window are drawn; renumber the items' lanes to match.
  const drawn = lanes.flatMap((lane, index) => (lane.rows > 0 ? [index] : []));
  return {
    lanes: drawn.flatMap((index) => lanes[index] ?? []),
    items: placed.map((item) => ({ ...item, lane: drawn.indexOf(item.lane) })),
    ticks,
  };
}
