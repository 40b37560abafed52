import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import { cutBar, cutBars, sameCut, type CutBar } from './cutBars.ts';
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

/**
 * How long the window must rest before the cut bars are worked out again: a Ctrl + wheel zoom
 * settles once per notch, and the words need only follow where it stops.
 */
const recutPauseMs = 150;

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

/**
 * The width of the timeline's item area, without the lane labels, once vis-timeline has laid it
 * out; the whole container's before.
 */
function itemAreaWidth(element: HTMLElement | null): number {
  const area = element?.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth;
  return area || (element?.clientWidth ?? 0);
}

function toDataItem(
  item: TimelineItem,
  compact: boolean,
  cut: CutBar | null = null,
  areaWidth = 0,
): DataItem & Record<typeof timelineItemAttribute, string> {
  const classes = [
    item.className,
    ...(compact ? ['is-compact'] : []),
    ...(cut ? ['is-cut', `runs-${cut.side}`] : []),
  ];
  return {
    id: item.id,
    group: item.group,
    type: 'range',
    start: item.start,
    end: item.end,
    className: classes.join(' '),
    // The width of the part of the bar on screen: its label wraps within it. In pixels, worked out
    // here: a share of the width in container units made each item's measuring cost a layout of
    // its own, seconds over a story of thousands of events.
    ...(cut ? { style: `--runs-shown-width: ${Math.round(cut.shown * areaWidth)}px;` } : {}),
    // Rendered as data-timeline-item="<id>" (see dataAttributes): what benchmarks look for.
    [timelineItemAttribute]: item.id,
    // Typed as string in vis-timeline's declarations; an Element is appended without parsing.
    content: itemElement(item, cut) as unknown as string,
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
 *
 * The bars the window cuts at an edge say where they go on (see cutBars). They are worked out
 * when a window is asked for and again when a move by the reader comes to rest, and only the
 * items whose cut changed are updated: vis-timeline measures an item's height only when its data
 * changes, so words shown or hidden by CSS alone would leave lanes at the previous window's
 * height.
 */
export function useVisTimeline(
  container: RefObject<HTMLElement | null>,
  props: VisTimelineProps,
): VisTimelineHandle {
  const vis = useRef<Vis | null>(null);
  /** What the items DataSet holds: the ids, and whether they were drawn compact. */
  const synced = useRef<{ ids: ReadonlySet<string>; compact: boolean } | null>(null);
  /** The window the items were last cut for, and how it cuts each cut one. */
  const cut = useRef<{ window: TimeWindow; bars: Map<string, CutBar>; width: number } | null>(null);
  /** A recut waiting for the window to rest. */
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The window last asked for from outside (a view button), a new object each time. */
  const [asked, setAsked] = useState<TimeWindow | null>(null);
  const [ready, setReady] = useState(false);
  const [compact, setCompact] = useState(true);
  const onSelect = useEffectEvent((id: string) => props.onSelect(id));
  const onRangeChange = useEffectEvent((window: TimeWindow) => {
    setCompact(isCompact(window, container.current));
    props.onRangeChange(window);
  });
  const onRangeSettled = useEffectEvent((window: TimeWindow) => props.onRangeSettled(window));
  /** Marks the bars `window` cuts, updating only the items whose cut changed. */
  const recut = useEffectEvent((window: TimeWindow) => {
    const current = vis.current;
    const drawn = synced.current;
    const before = cut.current;
    if (!current || !drawn || !before) return;
    const shown = props.items.filter((item) => drawn.ids.has(item.id));
    const bars = cutBars(shown, window);
    const width = itemAreaWidth(container.current);
    cut.current = { window, bars, width };
    const changed = shown.filter(
      (item) =>
        !sameCut(before.bars.get(item.id), bars.get(item.id)) ||
        (bars.has(item.id) && width !== before.width),
    );
    if (changed.length > 0) {
      current.items.update(
        changed.map((item) => toDataItem(item, drawn.compact, bars.get(item.id) ?? null, width)),
      );
    }
  });
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
      // Cut once the timeline has laid out its item area (below).
      cut.current = { window: start.window, bars: new Map(), width: 0 };
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
      timeline.on('rangechanged', ({ start: from, end: to }: { start: Date; end: Date }) => {
        const window = { start: new Date(from), end: new Date(to) };
        onRangeSettled(window);
        clearTimeout(pause.current);
        pause.current = setTimeout(() => recut(window), recutPauseMs);
      });
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
      recut(start.window);
    });
    return () => {
      cancelled = true;
      clearTimeout(pause.current);
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
    // An item shown again is cut, or not, by the window the others were last cut for.
    const bars = cut.current?.bars;
    for (const id of before.ids) if (!keep.has(id)) bars?.delete(id);
    const window = cut.current?.window;
    const width = cut.current?.width ?? 0;
    const cutOf = (item: TimelineItem) => {
      const itemCut = window ? cutBar(item, window) : null;
      if (itemCut) bars?.set(item.id, itemCut);
      else bars?.delete(item.id);
      return itemCut;
    };
    if (changed.length > 0) {
      current.items.update(changed.map((item) => toDataItem(item, compact, cutOf(item), width)));
    }
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

  useEffect(() => {
    if (!ready || !asked) return;
    // The words of the bars the asked-for window cuts are there from the start of the move.
    clearTimeout(pause.current);
    recut(asked);
  }, [ready, asked]);

  return {
    ready,
    // The words of the bars the new window cuts are there from the start of the move.
    setWindow: (window) => {
      setAsked({ ...window });
      vis.current?.timeline.setWindow(window.start, window.end);
    },
    moveTo: (date) => vis.current?.timeline.moveTo(date),
  };
}
