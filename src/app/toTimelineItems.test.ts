import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import { toTimelineGroups, toTimelineItems } from './toTimelineItems.ts';

function event(partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return {
    title: partial.id,
    summary: '',
    kind: 'meeting',
    status: 'happened',
    people: [],
    places: [],
    disagreements: [],
    evidence: [],
    date: {
      value: '2025-08-06',
      start: '2025-08-06',
      end: '2025-08-06',
      granularity: 'day',
      label: 'Wed 6 Aug 2025',
      derivation: { kind: 'editorial', reason: 'test' },
    },
    ...partial,
  };
}

const storyKinds: StoryKind[] = [
  { id: 'war', label: 'War', color: 'brown' },
  { id: 'meeting', label: 'Meeting', color: 'blue' },
  { id: 'call', label: 'Call', color: 'teal' },
  { id: 'statement', label: 'Statement', color: 'green' },
];
const kinds = new Map(storyKinds.map((k) => [k.id, k]));

const parts = (d: Date | undefined) =>
  d && [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()];

describe('toTimelineItems', () => {
  it('fills a single day from its local midnight to the next', () => {
    const [item] = toTimelineItems([event({ id: 'a' })], kinds);
    expect(parts(item?.start)).toEqual([2025, 8, 6, 0]);
    expect(parts(item?.end)).toEqual([2025, 8, 7, 0]);
    expect(item?.className).toContain('date-precise');
  });

  it('draws a month as a hatched range from its first local midnight to the next month', () => {
    const [item] = toTimelineItems(
      [
        event({
          id: 'm',
          date: {
            value: '2019-12',
            start: '2019-12-01',
            end: '2019-12-31',
            granularity: 'month',
            label: 'December 2019',
            derivation: { kind: 'editorial', reason: 'x' },
          },
        }),
      ],
      kinds,
    );
    expect(parts(item?.start)).toEqual([2019, 12, 1, 0]);
    expect(parts(item?.end)).toEqual([2020, 1, 1, 0]);
    expect(item?.className).toContain('date-imprecise');
  });

  it('draws a stretch the text gives day by day ("March 3-5") as precisely as a day, not hatched', () => {
    const [item] = toTimelineItems(
      [
        event({
          id: 'talks',
          date: {
            value: '2025-03-03/2025-03-05',
            start: '2025-03-03',
            end: '2025-03-05',
            granularity: 'span',
            exactDays: true,
            label: '3 Mar 2025 – 5 Mar 2025',
            derivation: { kind: 'editorial', reason: 'x' },
          },
        }),
      ],
      kinds,
    );
    expect(parts(item?.start)).toEqual([2025, 3, 3, 0]);
    expect(parts(item?.end)).toEqual([2025, 3, 6, 0]);
    expect(item?.className.split(' ')).toContain('date-precise');
    expect(item?.className.split(' ')).not.toContain('date-imprecise');
  });

  it('hatches a span the event falls somewhere within ("less than two weeks ago")', () => {
    const [item] = toTimelineItems(
      [
        event({
          id: 'recent',
          date: {
            value: '2010-06-02/2010-06-16',
            start: '2010-06-02',
            end: '2010-06-16',
            granularity: 'span',
            label: '2 Jun 2010 – 16 Jun 2010',
            derivation: { kind: 'editorial', reason: 'x' },
          },
        }),
      ],
      kinds,
    );
    expect(item?.className.split(' ')).toContain('date-imprecise');
  });

  it('marks what has not happened in words as well as in style', () => {
    const [scheduled, possible, happened] = toTimelineItems(
      [
        event({ id: 's', status: 'scheduled' }),
        event({ id: 'p', status: 'possible' }),
        event({ id: 'h' }),
      ],
      kinds,
    );
    expect([scheduled?.status, possible?.status, happened?.status]).toEqual([
      'Scheduled',
      'Possible',
      null,
    ]);
    expect(scheduled?.className).toContain('status-scheduled');
  });

  it('marks a draft in its flag and in its class, and nothing else', () => {
    const [draft, reviewed] = toTimelineItems(
      [event({ id: 'a', draft: true }), event({ id: 'b' })],
      kinds,
    );
    expect(draft).toMatchObject({ draft: true });
    expect(draft!.className.split(' ')).toContain('is-draft');
    expect(reviewed).toMatchObject({ draft: false });
    expect(reviewed!.className.split(' ')).not.toContain('is-draft');
  });

  it('carries the date as the text gives it, for the words of a bar a window cuts', () => {
    const date: TimelineEvent['date'] = {
      value: '2025-08',
      start: '2025-08-01',
      end: '2025-08-31',
      granularity: 'month',
      label: 'by August 2025',
      derivation: { kind: 'editorial', reason: 'x' },
    };
    const [item] = toTimelineItems([event({ id: 'by-august', date })], kinds);
    expect(item?.date.label).toBe(date.label);
    expect(item?.date.granularity).toBe(date.granularity);
    // Which edge a window cuts is the window's business: nothing of it is fixed on the item.
    expect(item?.className.split(' ').filter((c) => c.startsWith('runs-'))).toEqual([]);
  });

  it('puts each event in the lane of its kind', () => {
    const [item] = toTimelineItems([event({ id: 'c', kind: 'call' })], kinds);
    expect(item?.group).toBe('call');
    expect(item?.className).toContain('kind-call');
    expect(item?.className).toContain('tone-teal');
  });
});

describe('toTimelineGroups', () => {
  it('gives one lane per kind present, in the order the story lists its kinds', () => {
    const groups = toTimelineGroups(
      [
        event({ id: 'a', kind: 'statement' }),
        event({ id: 'b', kind: 'war' }),
        event({ id: 'c', kind: 'statement' }),
      ],
      storyKinds,
    );
    expect(groups.map((g) => g.id)).toEqual(['war', 'statement']);
    expect(groups.map((g) => g.content)).toEqual(['War', 'Statement']);
  });
});
