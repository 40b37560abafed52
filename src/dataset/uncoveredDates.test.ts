import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { formatCoverage, uncoveredDates } from './uncoveredDates.ts';

const text =
  'Witkoff met Putin on Wednesday. Sanctions will start on Friday. Talks lasted three hours.';
const quote = 'Witkoff met Putin on Wednesday.';
const dataset = {
  sources: [{ id: 'a', file: 'seeds/a.txt', text, published: '2025-08-07', locale: 'en-US' }],
  events: [{ evidence: [{ source: 'a', quote, start: 0, end: quote.length }] }],
} as unknown as Dataset;

describe('uncoveredDates', () => {
  it('lists the calendar dates of an article that no quote holds, not durations', () => {
    expect(uncoveredDates(dataset)).toEqual([
      {
        source: 'a',
        file: 'seeds/a.txt',
        found: 2,
        uncovered: [{ text: 'on Friday', start: text.indexOf('on Friday'), value: '2025-08-08' }],
      },
    ]);
  });

  it('counts them in one summary line', () => {
    expect(formatCoverage(uncoveredDates(dataset))).toBe(
      [
        'dates no event quotes yet:',
        '  seeds/a.txt: “on Friday” (2025-08-08)',
        "coverage: 1 of 2 date expressions in no event's quote yet",
      ].join('\n'),
    );
  });
  it('leaves the bare clock of a habit ("Buses run every 10 minutes until 7pm", T19:00) out of the calendar dates', () => {
    const habit = 'Buses run every 10 minutes until 7pm. The council met on Monday.';
    const source = {
      id: 'b',
      file: 'seeds/b.txt',
      text: habit,
      published: '2026-03-11',
      locale: 'en-GB',
    };
    const found = uncoveredDates({ sources: [source], events: [] } as unknown as Dataset);
    expect(found[0]?.uncovered.map((m) => m.text)).toEqual(['on Monday']);
  });
});
