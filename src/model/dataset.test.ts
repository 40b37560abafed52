import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset } from './dataset.ts';
import { EventRecord } from './eventRecord.ts';
import { CalendarDate } from './temporal.ts';

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '../dataset/timeline.golden.json'), 'utf8'),
) as Dataset;

function copy(): Dataset {
  return structuredClone(golden);
}

function paths(json: unknown): string[] {
  const parsed = Dataset.safeParse(json);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
}

describe('Dataset', () => {
  it('accepts the dataset the build wrote', () => {
    expect(paths(golden)).toEqual([]);
  });

  it('refuses evidence whose offsets do not slice back to its quote', () => {
    const dataset = copy();
    dataset.events[0]!.evidence[0]!.start += 1;
    expect(paths(dataset)).toEqual(['events.0.evidence.0.start']);
  });

  it('refuses evidence that names an article the dataset does not hold', () => {
    const dataset = copy();
    dataset.events[0]!.evidence[0]!.source = 'nowhere';
    expect(paths(dataset)).toEqual(['events.0.evidence.0.source']);
  });

  it('refuses a date that ends before it starts', () => {
    const dataset = copy();
    dataset.events[0]!.date.end = '2000-01-01';
    expect(paths(dataset)).toEqual(['events.0.date.end']);
  });

  it('refuses fields it does not know, so a typo cannot pass silently', () => {
    const dataset = copy() as unknown as { events: Record<string, unknown>[] };
    dataset.events[0]!.titel = 'typo';
    expect(paths(dataset)).toEqual(['events.0']);
  });
});

describe('CalendarDate', () => {
  it('accepts days that exist, leap days included', () => {
    expect(CalendarDate.safeParse('2024-02-29').success).toBe(true);
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const value of ['2025-02-29', '2025-02-30', '2025-13-01', '6/8/2025', '2025-8-6']) {
      expect(CalendarDate.safeParse(value).success, value).toBe(false);
    }
  });
});

describe('EventRecord', () => {
  it('fills in what an editor may leave out', () => {
    const parsed = EventRecord.parse({
      id: 'geneva-summit',
      title: 'Biden and Putin meet in Geneva',
      kind: 'meeting',
      status: 'happened',
      evidence: [
        { source: 'a', quote: 'in Geneva in June 2021', when: { expression: 'June 2021' } },
      ],
    });
    expect(parsed).toMatchObject({ summary: '', people: [], places: [] });
    expect(parsed.evidence[0]!.when).toEqual({ expression: 'June 2021', throughAnchor: false });
  });

  it('refuses an id that is not a lower-case slug', () => {
    const parsed = EventRecord.safeParse({
      id: 'Geneva Summit',
      title: 't',
      kind: 'meeting',
      status: 'happened',
      evidence: [{ source: 'a', quote: 'q' }],
    });
    expect(parsed.success).toBe(false);
  });
});
