import { describe, expect, it } from 'vitest';
import { timelinePreview } from './timelinePreview.ts';
import type { TimelineGroup, TimelineItem } from './toTimelineItems.ts';

const groups: TimelineGroup[] = [
  { id: 'meeting', content: 'Meeting', className: 'kind-meeting', order: 0 },
  { id: 'call', content: 'Call', className: 'kind-call', order: 1 },
  { id: 'war', content: 'War', className: 'kind-war', order: 2 },
];
const item = (id: string, group: string, day: number, days = 1): TimelineItem => ({
  id,
  group,
  start: new Date(2025, 7, day),
  end: new Date(2025, 7, day + days),
  className: `kind-${group}`,
  status: null,
  title: id,
  draft: false,
  cut: null,
  style: '',
});
const week = { start: new Date(2025, 7, 4), end: new Date(2025, 7, 11) };

describe('timelinePreview', () => {
  it('draws only the items inside the window, in percent of its width', () => {
    const preview = timelinePreview(
      [item('in', 'meeting', 6), item('before', 'meeting', 1), item('after', 'call', 20)],
      groups,
      week,
    );
    expect(preview.items.map((i) => i.id)).toEqual(['in']);
    expect(preview.items[0]?.left).toBeCloseTo((2 / 7) * 100);
    expect(preview.items[0]?.width).toBeCloseTo((1 / 7) * 100);
  });

  it('keeps only lanes with an item, and numbers the items by the lanes drawn', () => {
    const preview = timelinePreview([item('w', 'war', 5)], groups, week);
    expect(preview.lanes.map((l) => l.id)).toEqual(['war']);
    expect(preview.items[0]?.lane).toBe(0);
  });

  it('stacks items whose labels would collide into separate rows', () => {
    const preview = timelinePreview(
      [item('a', 'meeting', 6), item('b', 'meeting', 6), item('c', 'meeting', 9)],
      groups,
      week,
    );
    expect(preview.items.map((i) => i.row)).toEqual([0, 1, 0]);
    expect(preview.lanes[0]?.rows).toBe(2);
  });

  it('ticks each day of a week-long window, and clips a long item to the window', () => {
    const preview = timelinePreview([item('long', 'war', 1, 30)], groups, week);
    expect(preview.ticks.map((t) => t.label)).toEqual([
      '4 Aug',
      '5 Aug',
      '6 Aug',
      '7 Aug',
      '8 Aug',
      '9 Aug',
      '10 Aug',
    ]);
    expect(preview.items[0]?.left).toBe(0);
    expect(preview.items[0]?.width).toBeCloseTo(100);
  });

  it('begins the title of a bar the view on show cuts with the words its item carries', () => {
    const cut = (id: string, day: number, days: number, side: 'before' | 'after' | 'both') => ({
      ...item(id, 'war', day, days),
      cut: {
        words: {
          full: { before: `${id} from`, after: `${id} to`, both: `${id} both` },
          short: { before: `${id} <`, after: `${id} >`, both: `${id} <>` },
        },
        sides: { week: side },
      },
    });
    const items = [cut('long', 1, 30, 'both'), cut('later', 9, 5, 'after'), item('in', 'call', 6)];
    expect(timelinePreview(items, groups, week, 'week').items.map((i) => i.title)).toEqual([
      'long both long',
      'in',
      'later to later',
    ]);
    // A window that is not that view (a narrowed opening) shows the titles alone, as the live
    // timeline does.
    expect(timelinePreview(items, groups, week).items.map((i) => i.title)).toEqual([
      'long',
      'in',
      'later',
    ]);
  });
});
