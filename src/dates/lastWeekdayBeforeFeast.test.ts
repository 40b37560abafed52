import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { lastWeekdayBeforeFeast } from './lastWeekdayBeforeFeast.ts';

const on = (published: string) => ({ published, locale: 'en-GB' }) as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);

describe('a feast named after the last weekday before it', () => {
  it('reads "The last Saturday before Christmas is traditionally the busiest day" as 19 December 2026, said on 7 December', () => {
    const text = 'The last Saturday before Christmas is traditionally the busiest day.';
    expect(values(findMentions(text, on('2026-12-07')))).toEqual(['2026-12-19']);
    expect(values(findTimemlMentions(text, on('2026-12-07')))).toEqual(['2026-12-19']);
  });

  it('reads "Sales on the last Saturday before Christmas rose 5%" said in January as the one gone by', () => {
    const text = 'Sales on the last Saturday before Christmas rose 5%.';
    expect(values(findMentions(text, on('2027-01-10')))).toEqual(['2026-12-19']);
    expect(values(findTimemlMentions(text, on('2027-01-10')))).toEqual(['2026-12-19']);
  });

  it('reads "Last year the last Saturday before Christmas was the busiest day" as that year\'s, said on 20 November 2026', () => {
    const text = 'Last year the last Saturday before Christmas was the busiest day.';
    expect(values(findMentions(text, on('2026-11-20')))).toEqual(['2025', '2025-12-20']);
    expect(values(findTimemlMentions(text, on('2026-11-20')))).toEqual(['2025', '2025-12-20']);
    expect(lastWeekdayBeforeFeast(text, 35)).toBe(false);
    expect(
      lastWeekdayBeforeFeast(
        'A year ago the last Saturday before Christmas was the busiest day.',
        36,
      ),
    ).toBe(false);
  });

  it('needs "last" or "final" with the weekday, and "before"', () => {
    expect(lastWeekdayBeforeFeast('The last Saturday before Christmas', 25)).toBe(true);
    expect(lastWeekdayBeforeFeast('The final Friday before Christmas', 24)).toBe(true);
    expect(lastWeekdayBeforeFeast('The Saturday before Christmas', 20)).toBe(false);
    expect(lastWeekdayBeforeFeast('Sales have slowed since last Christmas', 29)).toBe(false);
  });
});
