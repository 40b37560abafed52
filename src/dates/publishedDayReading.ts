import type { Reading } from './Reading.ts';

/**
 * A match read as one given day, counted from publication ("September 11", "Thursday last
 * week"): a DATE at a day's precision, anchored on the publication date, winning over the
 * readings it overlaps of lower priority.
 */
export function publishedDayReading(m: RegExpExecArray, value: string, published: string): Reading {
  return publishedDaySpan(m.index, m.index + m[0].length, value, published);
}

/** `publishedDayReading` over a span that is not one match: "the eve" before "of Super Tuesday". */
export function publishedDaySpan(
  start: number,
  end: number,
  value: string,
  published: string,
): Reading {
  return {
    start,
    end,
    priority: 3,
    resolve: () => ({
      type: 'DATE',
      value,
      granularity: 'day',
      anchor: { kind: 'published', date: published },
    }),
  };
}
