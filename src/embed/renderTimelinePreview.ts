import type { TimelinePreview } from '../app/timelinePreview.ts';
import { escapeHtml } from '../model/escapeHtml.ts';

const axis = 24;
const rowHeight = 24;
const lanePadding = 6;

/** Percent with two decimals, as SVG lengths take it. */
const pc = (value: number) => `${Math.round(value * 100) / 100}%`;

/**
 * The opening window of the timeline as inline SVG: day ticks, one band per lane, and every
 * item as a bar with its title, marked `data-timeline-item="<id>"` like the live items. Positions
 * are SVG attributes, not style, so the page keeps its no-inline-style CSP. The prerender puts it
 * in the static story; the app shows the same markup until vis-timeline has drawn.
 */
export function renderTimelinePreview(preview: TimelinePreview): string {
  const laneTops: number[] = [];
  let height = axis;
  for (const lane of preview.lanes) {
    laneTops.push(height);
    height += lane.rows * rowHeight + lanePadding * 2;
  }
  const ticks = preview.ticks.map(
    (tick) =>
      `<line class="preview-grid" x1="${pc(tick.left)}" x2="${pc(tick.left)}" y1="0" y2="${height}"/>` +
      `<text class="preview-tick" x="${pc(tick.left)}" dx="4" y="16">${escapeHtml(tick.label)}</text>`,
  );
  const lanes = preview.lanes.map(
    (lane, i) =>
      `<rect class="preview-lane ${escapeHtml(lane.className)}" x="0" y="${laneTops[i] ?? 0}" width="100%" height="${lane.rows * rowHeight + lanePadding * 2}"/>`,
  );
  const items = preview.items.map((item) => {
    const y = (laneTops[item.lane] ?? 0) + lanePadding + item.row * rowHeight;
    return (
      `<g class="preview-item ${escapeHtml(item.className)}" data-timeline-item="${escapeHtml(item.id)}">` +
      `<rect x="${pc(item.left)}" y="${y + 2}" width="${pc(Math.max(item.width, 0.3))}" height="${rowHeight - 4}" rx="3"/>` +
      `<text x="${pc(item.left)}" dx="5" y="${y + rowHeight - 8}">${escapeHtml(item.title)}</text></g>`
    );
  });
  return (
    `<svg class="timeline-preview" width="100%" height="${height}" aria-hidden="true" focusable="false">` +
    [...lanes, ...ticks, ...items].join('') +
    `</svg>`
  );
}
