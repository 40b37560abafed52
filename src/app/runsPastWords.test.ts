import { describe, expect, it } from 'vitest';
import type { EventDate } from '../model/event.ts';
import { runsPastWords } from './runsPastWords.ts';

type Date3 = Pick<EventDate, 'granularity' | 'exactDays' | 'label'>;

describe('runsPastWords', () => {
  it('writes out the days of a stretch the text gives day by day, the arrows only outward', () => {
    const talks: Date3 = { granularity: 'span', exactDays: true, label: '1 Jan – 7 Aug 2025' };
    const span = { start: new Date(2025, 0, 1), end: new Date(2025, 7, 8) };
    expect(runsPastWords(talks, span).full).toEqual({
      before: '← from 1 Jan 2025',
      after: 'to 7 Aug 2025 →',
      both: '← 1 Jan – 7 Aug 2025, runs past both edges',
    });
  });

  it('gives an event dated only to a year by its year, never as days from 1 Jan to 31 Dec', () => {
    const year: Date3 = { granularity: 'year', label: '2025' };
    const span = { start: new Date(2025, 0, 1), end: new Date(2026, 0, 1) };
    const words = runsPastWords(year, span);
    expect(words.full).toEqual({
      before: '← 2025',
      after: '2025 →',
      both: '← 2025, runs past both edges',
    });
    expect(words.short).toEqual({ before: '← 2025', after: '2025 →', both: '↔ 2025' });
  });

  it('gives an event dated only to a month by its own label ("by August 2025"), not its days', () => {
    const month: Date3 = { granularity: 'month', label: 'by August 2025' };
    const span = { start: new Date(2025, 7, 1), end: new Date(2025, 8, 1) };
    const words = runsPastWords(month, span);
    expect(words.full).toEqual({
      before: '← by August 2025',
      after: 'by August 2025 →',
      both: '← by August 2025, runs past both edges',
    });
    expect(words.short).toEqual({ before: '← Aug 2025', after: 'Aug 2025 →', both: '↔ Aug 2025' });
  });

  it('gives a span the event falls somewhere within ("since January") by its label, not a first day', () => {
    const since: Date3 = { granularity: 'span', label: 'since January 2025' };
    const span = { start: new Date(2025, 0, 1), end: new Date(2025, 7, 8) };
    const words = runsPastWords(since, span);
    expect(words.full.before).toBe('← since January 2025');
    expect(words.short.both).toBe('↔ Jan–Aug 2025');
  });
});
