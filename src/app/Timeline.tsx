import { memo, useMemo, useRef, useState } from 'react';
import type { StoryKind } from '../model/story.ts';
import { Legend } from './Legend.tsx';
import { OverviewStrip } from './OverviewStrip.tsx';
import { sameWindow } from './sameWindow.ts';
import { openingWindow, type StoryView, type TimeWindow } from './storyViews.ts';
import type { TimelineGroup, TimelineItem } from './toTimelineItems.ts';
import { useVisTimeline } from './useVisTimeline.ts';
import { timelinePreview } from './timelinePreview.ts';
import { renderTimelinePreview } from '../embed/renderTimelinePreview.ts';

interface Props {
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  views: readonly StoryView[];
  /** The span the overview strip covers. */
  domain: TimeWindow | null;
  kinds: readonly StoryKind[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The window of the view that covers the most time. */
function widest(views: readonly StoryView[]): TimeWindow | undefined {
  const width = (w: TimeWindow) => w.end.getTime() - w.start.getTime();
  return views
    .map((v) => v.window)
    .reduce<TimeWindow | undefined>(
      (wide, w) => (wide && width(wide) >= width(w) ? wide : w),
      undefined,
    );
}

/**
 * The zoomable timeline, the overview strip under it and the one-click views. Memoised, so a
 * keystroke in the search box does not re-render it before the filtered items arrive.
 */
export const Timeline = memo(function Timeline({
  items,
  groups,
  views,
  domain,
  kinds,
  selectedId,
  onSelect,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  // Opened once: the live timeline follows filters and views from then on.
  const [initial] = useState(() => openingWindow(views, items));
  const [visible, setVisible] = useState<TimeWindow | undefined>(initial);
  // The view the timeline shows, pressed among the view buttons; none once the reader has
  // panned or zoomed away from it (or the story opened on a narrower window than any view).
  const [shownView, setShownView] = useState<StoryView['id'] | null>(
    () => (initial && views.find((view) => sameWindow(view.window, initial))?.id) ?? null,
  );
  // The picture of the opening window, shown until vis-timeline has drawn it.
  const [preview] = useState(
    () => initial && renderTimelinePreview(timelinePreview(items, groups, initial, shownView)),
  );
  const fallback = useMemo(() => ({ start: new Date(), end: new Date() }), []);
  const timeline = useVisTimeline(container, {
    items,
    groups,
    selectedId,
    initialWindow: initial ?? fallback,
    widestWindow: widest(views),
    onSelect,
    onRangeChange: setVisible,
    // Checked when a move ends, not on each frame of the animated move to a view.
    onRangeSettled: (window) =>
      setShownView((id) => {
        const view = views.find((v) => v.id === id);
        return view && sameWindow(view.window, window) ? view.id : null;
      }),
  });

  const show = (view: StoryView) => {
    timeline.setWindow(view.window);
    setVisible(view.window);
    setShownView(view.id);
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-bar">
        <h2 id="timeline-heading" className="section-heading">
          Timeline
        </h2>
        <div className="views" role="group" aria-label="Jump to">
          {views.map((view) => (
            <button
              key={view.id}
              type="button"
              data-view={view.id}
              aria-pressed={view.id === shownView}
              onClick={() => show(view)}
            >
              {view.label}
            </button>
          ))}
        </div>
      </div>
      <p className="timeline-hint">
        Drag or swipe to move through time; pinch or Ctrl + wheel to zoom. Every event is also in
        the list below.
      </p>
      {domain && visible && (
        <OverviewStrip
          domain={domain}
          visible={visible}
          items={items}
          selectedId={selectedId}
          onMoveTo={(date) => timeline.moveTo(date)}
        />
      )}
      {/* The chart repeats the list below for sighted readers; the list is the accessible path. */}
      <div className="timeline-stage">
        <div
          ref={container}
          className="timeline-canvas"
          aria-hidden="true"
          data-ready={timeline.ready ? 'true' : 'false'}
          // Which view is on screen: its cut bars show where they begin and end (see app.css).
          data-shown-view={shownView ?? undefined}
        />
        {!timeline.ready && preview && (
          // The picture the prerendered page showed, over the canvas until vis-timeline has
          // drawn: built from escaped text by renderTimelinePreview, the same markup as the page.
          <div
            className="timeline-preview-frame"
            aria-hidden="true"
            dangerouslySetInnerHTML={{ __html: preview }}
          />
        )}
      </div>
      <Legend kinds={kinds} />
    </section>
  );
});
