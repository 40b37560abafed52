import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import type { TimeWindow } from './storyViews.ts';
import type { TimelineGroup, TimelineItem } from './toTimelineItems.ts';
import { groupElement, itemElement } from './itemElement.ts';
import { loadVisTimeline } from './loadVisTimeline.ts';

export interface VisTimelineProps {
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  selectedId: string | null;
  initialWindow: TimeWindow;
  /** The widest window a view shows: a reader can zoom out at least that far. */
  widestWindow: TimeWindow | undefined;
  /** A reader clicked or tapped an item (never called for selections made from outside). */
  onSelect: (id: string) => void;
  /** The visible window moved, while panning and zooming too. */
  onRangeChange: (window: TimeWindow) => void;
  /** The visible window came to rest: a pan, a zoom or an animated move has ended. */
  onRangeSettled: (window: TimeWindow) => void;
}

export interface VisTimelineHandle {
  ready: boolean;
  setWindow: (window: TimeWindow) => void;
  moveTo: (date: Date) => void;
}

const dayMs = 24 * 3600 * 1000;

/** Stories with more events than this cluster overlapping items. */
const clusterAbove = 500;

/** The item field vis-timeline writes out as the `data-timeline-item` attribute. */
const timelineItemAttribute = 'timeline-item' as const;

const options: TimelineOptions = {
  dataAttributes: ['id', timelineItemAttribute],
  groupOrder: 'order',
  stack: true,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  showCurrentTime: false,
  multiselect: false,
  selectable: true,
  editable: false,
  // A plain wheel scrolls the page; zooming needs Ctrl (or a pinch, or the view buttons).
  zoomKey: 'ctrlKey',
  zoomMin: dayMs / 4,
  verticalScroll: false,
  horizontalScroll: false,
};

type Vis = {
  timeline: Timeline;
  items: DataSet<DataItem, 'id'>;
  groups: DataSet<DataGroup, 'id'>;
};

// Below this many pixels a day is too narrow to wrap a title inside: labels then run on past
// their bar on one line, and vis-timeline stacks by bar plus label so they never overlap.
const compactBelowPxPerDay = 130;

function isCompact(window: TimeWindow, element: HTMLElement | null): boolean {
  const days = (window.end.getTime() - window.start.getTime()) / dayMs;
  const width = element?.clientWidth ?? 800;
  return width / days < compactBelowPxPerDay;
}

function toDataItem(
  item: TimelineItem,
  compact: boolean,
): DataItem & Record<typeof timelineItemAttribute, string> {
  return {
    id: item.id,
    group: item.group,
    type: 'range',
    start: item.start,
    end: item.end,
    className: compact ? `${item.className} is-compact` : item.className,
    ...(item.style ? { style: item.style } : {}),
    // Rendered as data-timeline-item="<id>" (see dataAttributes): what benchmarks look for.
    [timelineItemAttribute]: item.id,
    // Typed as string in vis-timeline's declarations; an Element is appended without parsing.
    content: itemElement(item) as unknown as string,
  };
}

function toDataGroup(group: TimelineGroup): DataGroup & { order: number } {
  return {
    id: group.id,
    className: group.className,
    order: group.order,
    content: groupElement(group),
  };
}

/** Replaces a DataSet's contents with `next`, touching only what changed. */
function sync<T extends { id?: string | number }>(set: DataSet<T, 'id'>, next: T[]): void {
  const keep = new Set(next.map((n) => n.id));
  set.remove(set.getIds().filter((id) => !keep.has(id)));
  set.update(next as never);
}

/**
 * vis-timeline in a React component: created in an effect once the code-split library has
 * arrived, fed through vis-data DataSets, destroyed on cleanup (so StrictMode's double mount
 * leaves one timeline). Selection flows in with setSelection, which does not fire `select`, so
 * syncing from outside cannot loop.
 */
export function useVisTimeline(
  container: RefObject<HTMLElement | null>,
  props: VisTimelineProps,
): VisTimelineHandle {
  const vis = useRef<Vis | null>(null);
  /** What the items DataSet holds: the ids, and whether they were drawn compact. */
  const synced = useRef<{ ids: ReadonlySet<string>; compact: boolean } | null>(null);
  const [ready, setReady] = useState(false);
  const [compact, setCompact] = useState(true);
  const onSelect = useEffectEvent((id: string) => props.onSelect(id));
  const onRangeChange = useEffectEvent((window: TimeWindow) => {
    setCompact(isCompact(window, container.current));
    props.onRangeChange(window);
  });
  const onRangeSettled = useEffectEvent((window: TimeWindow) => props.onRangeSettled(window));
  const initial = useEffectEvent(() => ({
    window: props.initialWindow,
    widest: props.widestWindow,
    items: props.items,
    groups: props.groups.map(toDataGroup),
  }));

  useEffect(() => {
    let cancelled = false;
    let created: Vis | null = null;
    void loadVisTimeline().then(({ Timeline, DataSet }) => {
      const element = container.current;
      if (cancelled || !element) return;
      const start = initial();
      const startCompact = isCompact(start.window, element);
      setCompact(startCompact);
      const items = new DataSet<DataItem, 'id'>(
        start.items.map((item) => toDataItem(item, startCompact)),
      );
      const groups = new DataSet<DataGroup, 'id'>(start.groups);
      const timeline = new Timeline(element, items, groups, {
        ...options,
        start: start.window.start,
        end: start.window.end,
        // Thirty years, or the widest view if the story spans more: a zoom clamped below a
        // view's window centres it and cuts off the story's first events.
        zoomMax: Math.max(
          30 * 365 * dayMs,
          start.widest ? start.widest.end.getTime() - start.widest.start.getTime() : 0,
        ),
        // Zoomed out over thousands of events, vis-timeline would draw one element per event
        // (10,000 took about 1.9 s a frame here); clusters of more than three overlapping events
        // in a lane draw as one box with their count. Small stories never cluster.
        ...(start.items.length > clusterAbove
          ? { cluster: { maxItems: 3, showStipes: false } }
          : {}),
        onInitialDrawComplete: () => {
          if (!cancelled) setReady(true);
        },
      });
      timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
        const [id] = selected;
        if (id !== undefined) onSelect(String(id));
      });
      timeline.on('rangechange', ({ start: from, end: to }: { start: Date; end: Date }) =>
        onRangeChange({ start: new Date(from), end: new Date(to) }),
      );
      timeline.on('rangechanged', ({ start: from, end: to }: { start: Date; end: Date }) =>
        onRangeSettled({ start: new Date(from), end: new Date(to) }),
      );
      // With a window given up front, vis-timeline keeps its drawn items hidden until a
      // 'rangechanged' (sent 200 ms after creation) *and* a later redraw, which otherwise waits
      // for its once-a-second resize check: a reader saw nothing for over a second. Redraw as
      // soon as that event comes; onInitialDrawComplete then says the items are on screen.
      const reveal = () => {
        timeline.off('rangechanged', reveal);
        timeline.redraw();
      };
      timeline.on('rangechanged', reveal);
      synced.current = { ids: new Set(start.items.map((item) => item.id)), compact: startCompact };
      created = { timeline, items, groups };
      vis.current = created;
    });
    return () => {
      cancelled = true;
      created?.timeline.destroy();
      if (vis.current === created) vis.current = null;
      setReady(false);
    };
  }, [container]);

  useEffect(() => {
    const current = vis.current;
    const before = synced.current;
    if (!ready || !current || !before) return;
    sync(current.groups, props.groups.map(toDataGroup));
    // An event's item never changes, only whether it is shown and how compact it is drawn: add
    // and remove what a filter changed instead of rebuilding thousands of items each time.
    const keep = new Set(props.items.map((item) => item.id));
    current.items.remove([...before.ids].filter((id) => !keep.has(id)));
    const changed =
      before.compact === compact
        ? props.items.filter((item) => !before.ids.has(item.id))
        : props.items;
    if (changed.length > 0) current.items.update(changed.map((item) => toDataItem(item, compact)));
    synced.current = { ids: keep, compact };
  }, [ready, props.items, props.groups, compact]);

  useEffect(() => {
    const current = vis.current;
    if (!ready || !current) return;
    const { timeline } = current;
    const id = props.selectedId;
    const item = props.items.find((i) => i.id === id);
    timeline.setSelection(item ? [item.id] : []);
    if (!item) return;
    // Bring the selection into view when it was made elsewhere (list, link, back button).
    const { start, end } = timeline.getWindow();
    const itemEnd = item.end;
    if (itemEnd < start || item.start > end) {
      if (item.end.getTime() - item.start.getTime() > end.getTime() - start.getTime()) {
        const pad = (item.end.getTime() - item.start.getTime()) * 0.15;
        timeline.setWindow(item.start.getTime() - pad, item.end.getTime() + pad);
      } else {
        timeline.moveTo(new Date((item.start.getTime() + itemEnd.getTime()) / 2));
      }
    }
  }, [ready, props.selectedId, props.items]);

  return {
    ready,
    setWindow: (window) => vis.current?.timeline.setWindow(window.start, window.end),
    moveTo: (date) => vis.current?.timeline.moveTo(date),
  };
}
