import { describe, expect, it } from 'vitest';
import { publishedDurationReading } from './publishedDurationReading.ts';
import type { ReadingContext } from './Reading.ts';

const published = '2026-12-04';
const day = { value: published, source: { kind: 'published', date: published } } as const;
const context: ReadingContext = { published, deictic: day, anaphoric: day };

describe('publishedDurationReading', () => {
  it('reads its words as a DURATION of the value, anchored on publication', () => {
    const reading = publishedDurationReading(4, 13, 'P1W', '2026-12-04');
    expect([reading.start, reading.end, reading.priority]).toEqual([4, 13, 3]);
    expect(reading.resolve(context)).toEqual({
      type: 'DURATION',
      value: 'P1W',
      granularity: 'span',
      anchor: { kind: 'published', date: '2026-12-04' },
    });
  });

  it('takes another priority where a reader gives one', () => {
    expect(publishedDurationReading(0, 9, 'P1M15D', '2026-12-04', 4).priority).toBe(4);
  });
});
