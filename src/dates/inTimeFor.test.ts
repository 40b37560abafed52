import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 9 September 2026, before the year's Thanksgiving and Christmas.
const SEPTEMBER = { published: '2026-09-09', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, SEPTEMBER).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, SEPTEMBER).map((m) => `${m.text} ${m.value}`);

describe('"in time for" a date, which is still to come', () => {
  it('reads a holiday after "in time for" and a present progressive as the coming one', () => {
    const text = 'The company is racing to get the headset on shelves in time for Christmas.';
    expect(news(text)).toEqual(['Christmas 2026-12-25']);
    expect(timeml(text)).toEqual(['Christmas 2026-12-25']);
  });

  it('reads a holiday after "should" and "in time for" as the coming one', () => {
    expect(news('The update should land in time for Thanksgiving.')).toEqual([
      'Thanksgiving 2026-11-26',
    ]);
    expect(news('Shops are stocking the console in time for Thanksgiving.')).toEqual([
      'Thanksgiving 2026-11-26',
    ]);
  });

  it('reads a bare weekday after "in time for" as the coming one', () => {
    expect(news('The fix should be ready in time for Friday.')).toEqual(['Friday 2026-09-11']);
  });

  it('keeps the holiday gone by when the clause of the date is past', () => {
    expect(news('The console arrived in time for Christmas.')).toEqual(['Christmas 2025-12-25']);
    expect(news('The patch was not ready in time for Christmas.')).toEqual([
      'Christmas 2025-12-25',
    ]);
  });
});
