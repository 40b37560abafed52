import { describe, expect, it } from 'vitest';
import { changedDeadlineMonthTense } from './changedDeadlineMonthTense.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-GB' }) as const;
const month = (text: string, published: string) =>
  findMentions(text, on(published)).find((m) => /^[A-Z][a-z]+$/.test(m.text))?.value;
const timemlMonth = (text: string, published: string) =>
  findTimemlMentions(text, on(published)).find((m) => /^[A-Z][a-z]+$/.test(m.text))?.value;

describe('a month that names a deadline changed in the passive', () => {
  it.each([
    ['The May deadline was extended by a month.', '2026-06-10', '2026-05'],
    ['The January deadline was extended, the council said.', '2026-02-10', '2026-01'],
    ['The October deadline has been scrapped.', '2026-11-18', '2026-10'],
    ['The June deadline has been pushed back to September.', '2026-04-15', '2026-06'],
    ['The September deadline was brought forward to August.', '2026-07-15', '2026-09'],
  ])('is the nearer such month in %j (said on %s), in both readings', (text, published, value) => {
    expect(month(text, published)).toBe(value);
    expect(timemlMonth(text, published)).toBe(value);
  });

  it.each([
    ['The May deadline is fast approaching.', '2026-06-10', '2027-05'],
    ['The May deadline was missed by most councils.', '2026-03-11', '2025-05'],
  ])('leaves %j (said on %s) as the deadline noun reads it', (text, published, value) => {
    expect(month(text, published)).toBe(value);
  });

  it('turns nothing but the deadline’s own verb of change', () => {
    expect(changedDeadlineMonthTense(' deadline was extended', 5, '2026-06-10', 'future')).toBe(
      'past',
    );
    expect(changedDeadlineMonthTense(' deadline was set', 5, '2026-06-10', 'future')).toBe(
      'future',
    );
    expect(changedDeadlineMonthTense(' sales were extended', 5, '2026-06-10', 'future')).toBe(
      'future',
    );
  });
});
