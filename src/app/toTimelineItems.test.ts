import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import type { StoryView } from './storyViews.ts';
import { toTimelineGroups, toTimelineItems, type TimelineItem } from './toTimelineItems.ts';

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

  const newsDays: StoryView = {
    id: 'week',
    label: '6–8 Aug 2025',
    window: { start: new Date(2025, 7, 6), end: new Date(2025, 7, 9) },
  };
  const wholeStory: StoryView = {
    id: 'all',
    label: 'Whole story',
    window: { start: new Date(2024, 0, 1), end: new Date(2026, 0, 1) },
  };
  const runs = (item: TimelineItem | undefined) =>
    item?.className.split(' ').filter((c) => c.startsWith('runs-'));

  it('says which view cuts a bar at which edge, with the days a day-by-day stretch writes out', () => {
    const span = (id: string, start: string, end: string) =>
      event({
        id,
        date: {
          value: `${start}/${end}`,
          start,
          end,
          granularity: 'span',
          exactDays: true,
          label: `${start} – ${end}`,
          derivation: { kind: 'editorial', reason: 'x' },
        },
      });
    const [talks, month, deadline, day] = toTimelineItems(
      [
        span('talks', '2025-01-01', '2025-08-07'),
        span('month', '2025-08-01', '2025-08-31'),
        span('deadline', '2025-08-08', '2025-08-20'),
        event({ id: 'meeting' }),
      ],
      kinds,
      [newsDays, wholeStory],
    );
    expect(runs(talks)).toEqual(['runs-week-before']);
    expect(talks?.cut?.sides).toEqual({ week: 'before' });
    expect(talks?.cut?.words.full.before).toBe('← from 1 Jan 2025');
    expect(runs(month)).toEqual(['runs-week-both']);
    expect(month?.cut?.words.full.both).toBe('← 1–31 Aug 2025, runs past both edges');
    expect(runs(deadline)).toEqual(['runs-week-after']);
    expect(deadline?.cut?.words.full.after).toBe('to 20 Aug 2025 →');
    // A day inside every view is cut by none.
    expect(runs(day)).toEqual([]);
    expect(day?.cut).toBeNull();
    expect(day?.style).toBe('');
  });

  it('gives a cut event dated only to a year or a month by its label, not by days', () => {
    const [year, month] = toTimelineItems(
      [
        event({
          id: 'this-year',
          date: {
            value: '2025',
            start: '2025-01-01',
            end: '2025-12-31',
            granularity: 'year',
            label: '2025',
            derivation: { kind: 'editorial', reason: 'x' },
          },
        }),
        event({
          id: 'by-august',
          date: {
            value: '2025-08',
            start: '2025-08-01',
            end: '2025-08-31',
            granularity: 'month',
            label: 'by August 2025',
            derivation: { kind: 'editorial', reason: 'x' },
          },
        }),
      ],
      kinds,
      [newsDays],
    );
    expect(year?.cut?.words.full.both).toBe('← 2025, runs past both edges');
    expect(year?.cut?.words.short.both).toBe('↔ 2025');
    expect(month?.cut?.words.full.both).toBe('← by August 2025, runs past both edges');
    expect(month?.cut?.words.short.both).toBe('↔ Aug 2025');
  });

  it('tells CSS what share of each cutting view the bar takes, so its label wraps within it', () => {
    const [talks] = toTimelineItems(
      [
        event({
          id: 'talks',
          date: {
            value: '2025/2025-08-07',
            start: '2025-01-01',
            end: '2025-08-07',
            granularity: 'span',
            label: '1 Jan 2025 – 7 Aug 2025',
            derivation: { kind: 'editorial', reason: 'x' },
          },
        }),
      ],
      kinds,
      [newsDays, wholeStory],
    );
    // The bar ends at the midnight after 7 Aug: two of the three news days.
    const { start, end } = newsDays.window;
    const share =
      (new Date(2025, 7, 8).getTime() - start.getTime()) / (end.getTime() - start.getTime());
    expect(talks?.style).toBe(`--runs-week-shown: ${Math.round(share * 10000) / 10000};`);
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
