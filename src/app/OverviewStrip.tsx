import { dayMonthYear } from './displayDate.ts';
import { memo, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { overviewMarks, overviewPosition, overviewYears } from './overviewMarks.ts';
import type { TimeWindow } from './storyViews.ts';
import type { TimelineItem } from './toTimelineItems.ts';

interface Props {
  domain: TimeWindow;
  visible: TimeWindow;
  items: readonly TimelineItem[];
  selectedId: string | null;
  onMoveTo: (date: Date) => void;
}

/** The strip's width in pixels, kept up to date as the page resizes (0 until first measured). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The events on the strip. Memoised apart from the window, which moves on every frame of a drag:
 * only the window's span re-renders then, not thousands of marks.
 */
const Marks = memo(function Marks({ items, domain }: Pick<Props, 'items' | 'domain'>) {
  const marks = useMemo(() => overviewMarks(items, domain), [items, domain]);
  return marks.map((mark) => (
    <span
      key={mark.key}
      className={`overview-mark ${mark.className}`}
      style={{ left: `${mark.left}%`, width: `${mark.width}%` }}
    />
  ));
});

/**
 * The whole story at a glance, with the timeline's current window drawn on it. Clicking the
 * strip centres the timeline there; the view buttons do the same from the keyboard.
 */
export function OverviewStrip({ domain, visible, items, selectedId, onMoveTo }: Props) {
  const from = domain.start.getTime();
  const span = domain.end.getTime() - from;
  const at = overviewPosition(domain);
  const [stripRef, stripWidth] = useWidth();
  const years = useMemo(() => overviewYears(domain, stripWidth), [domain, stripWidth]);
  const selected = useMemo(
    () => (selectedId ? items.find((item) => item.id === selectedId) : undefined),
    [items, selectedId],
  );
  const left = at(visible.start);
  const width = Math.max(0, at(visible.end) - left);
  const last = new Date(visible.end.getTime() - 1);
  const label =
    `Overview of the story, ${domain.start.getFullYear()} to ${domain.end.getFullYear()}. ` +
    `The timeline shows ${dayMonthYear(visible.start)} to ${dayMonthYear(last)}.`;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientX - box.left) / box.width;
    onMoveTo(new Date(from + fraction * span));
  };

  return (
    <div
      ref={stripRef}
      className="overview"
      role="img"
      aria-label={label}
      onPointerDown={onPointerDown}
    >
      {years.map((year) => (
        <span key={year} className="overview-year" style={{ left: `${at(new Date(year, 0, 1))}%` }}>
          {year}
        </span>
      ))}
      <Marks items={items} domain={domain} />
      {selected && (
        <span
          className={`overview-mark ${selected.className} is-selected`}
          style={{
            left: `${at(selected.start)}%`,
            width: `${at(selected.end) - at(selected.start)}%`,
          }}
        />
      )}
      <span className="overview-window" style={{ left: `${left}%`, width: `${width}%` }} />
    </div>
  );
}
