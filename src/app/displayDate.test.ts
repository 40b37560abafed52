import { expect, it } from 'vitest';
import { dayMonth, dayMonthYear, dayRange, monthSpan, monthYear } from './displayDate.ts';

it('writes a day in the dataset’s British style', () => {
  expect(dayMonthYear(new Date(2025, 7, 6))).toBe('6 Aug 2025');
  expect(dayMonth(new Date(2025, 7, 6))).toBe('6 Aug');
});

it('shows the local calendar day whatever the time of day', () => {
  expect(dayMonthYear(new Date(2025, 7, 6, 23, 59))).toBe('6 Aug 2025');
  expect(dayMonthYear(new Date(2025, 7, 6, 0, 0))).toBe('6 Aug 2025');
});

it('writes a range of days as briefly as it reads, the year once where both ends share it', () => {
  const range = (from: Date, lastDay: Date) =>
    dayRange({
      start: from,
      end: new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1),
    });
  expect(range(new Date(2025, 2, 11), new Date(2025, 2, 11))).toBe('11 Mar 2025');
  expect(range(new Date(2025, 7, 6), new Date(2025, 7, 8))).toBe('6–8 Aug 2025');
  expect(range(new Date(2025, 6, 28), new Date(2025, 7, 3))).toBe('28 Jul – 3 Aug 2025');
  expect(range(new Date(2024, 11, 28), new Date(2025, 0, 3))).toBe('28 Dec 2024 – 3 Jan 2025');
});

it('writes a stretch by its months as briefly as it reads, the years alone across a year', () => {
  expect(monthYear(new Date(2025, 7, 6))).toBe('Aug 2025');
  const stretch = (from: Date, to: Date) => monthSpan({ start: from, end: to });
  expect(stretch(new Date(2025, 7, 1), new Date(2025, 8, 1))).toBe('Aug 2025');
  expect(stretch(new Date(2025, 0, 1), new Date(2025, 7, 8))).toBe('Jan–Aug 2025');
  expect(stretch(new Date(2017, 0, 20), new Date(2021, 0, 21))).toBe('2017–2021');
});
