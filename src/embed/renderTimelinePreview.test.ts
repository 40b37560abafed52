import { describe, expect, it } from 'vitest';
import { renderTimelinePreview } from './renderTimelinePreview.ts';

const preview = {
  lanes: [{ id: 'meeting', label: 'Meeting', className: 'kind-meeting', rows: 2 }],
  items: [
    {
      id: 'witkoff-meets-putin',
      title: 'Witkoff <meets> "Putin"',
      className: 'kind-meeting',
      lane: 0,
      row: 1,
      left: 28.571,
      width: 14.2857,
    },
  ],
  ticks: [{ left: 0, label: '4 Aug' }],
};

describe('renderTimelinePreview', () => {
  it('marks every item with data-timeline-item, as the live timeline does', () => {
    expect(renderTimelinePreview(preview)).toContain('data-timeline-item="witkoff-meets-putin"');
  });

  it('escapes titles and places bars with SVG attributes, never a style', () => {
    const svg = renderTimelinePreview(preview);
    expect(svg).toContain('Witkoff &lt;meets&gt; &quot;Putin&quot;');
    expect(svg).toContain('x="28.57%"');
    expect(svg).not.toMatch(/\sstyle=/);
  });

  it('is as tall as the axis and every row of every lane', () => {
    expect(renderTimelinePreview(preview)).toMatch(/^<svg [^>]*height="84"/);
  });
});
