import { describe, expect, it } from 'vitest';
import { publishedSetReading } from './publishedSetReading.ts';
import type { ReadingContext } from './Reading.ts';

const published = '2026-12-04';
const day = { value: published, source: { kind: 'published', date: published } } as const;
const context: ReadingContext = { published, deictic: day, anaphoric: day };

describe('publishedSetReading', () => {
  it('reads its words as a SET of the value, anchored on publication', () => {
    const reading = publishedSetReading(4, 12, 'XXXX-WXX-5', '2026-12-04');
    expect([reading.start, reading.end, reading.priority]).toEqual([4, 12, 3]);
    expect(reading.resolve(context)).toEqual({
      type: 'SET',
      value: 'XXXX-WXX-5',
      granularity: 'span',
      anchor: { kind: 'published', date: '2026-12-04' },
    });
  });

  it('takes a higher priority where a reader gives one', () => {
    expect(publishedSetReading(0, 3, 'XXXX-12-25', '2026-12-04', 4).priority).toBe(4);
  });
});
