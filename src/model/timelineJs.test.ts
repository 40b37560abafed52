import { describe, expect, it } from 'vitest';
import { TimelineJs } from './timelineJs.ts';

const slide = { text: { headline: 'h', text: '' } };

describe('TimelineJs', () => {
  it('accepts a month-only date and refuses an event slide with no date', () => {
    const dated = { ...slide, start_date: { year: 2021, month: 6 } };
    expect(TimelineJs.safeParse({ title: slide, events: [dated] }).success).toBe(true);
    expect(TimelineJs.safeParse({ title: slide, events: [slide] }).success).toBe(false);
  });

  it('refuses a month that is not one', () => {
    const dated = { ...slide, start_date: { year: 2021, month: 13 } };
    expect(TimelineJs.safeParse({ title: slide, events: [dated] }).success).toBe(false);
  });
});
