import { describe, expect, it } from 'vitest';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import type { ReadingContext } from './Reading.ts';

const published = '2026-11-12';
const day = { value: published, source: { kind: 'published', date: published } } as const;
const context: ReadingContext = { published, deictic: day, anaphoric: day };

describe('publishedSeasonReading', () => {
  it('reads its words as the season of the value, anchored on publication', () => {
    const reading = publishedSeasonReading(7, 13, '2026-FA', published);
    expect([reading.start, reading.end, reading.priority]).toEqual([7, 13, 2]);
    expect(reading.resolve(context)).toEqual({
      type: 'DATE',
      value: '2026-FA',
      granularity: 'season',
      anchor: { kind: 'published', date: '2026-11-12' },
    });
  });
});
