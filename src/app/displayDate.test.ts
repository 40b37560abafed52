import { expect, it } from 'vitest';
import { dayMonth, dayMonthYear } from './displayDate.ts';

it('writes a day in the dataset’s British style', () => {
  expect(dayMonthYear(new Date(2025, 7, 6))).toBe('6 Aug 2025');
  expect(dayMonth(new Date(2025, 7, 6))).toBe('6 Aug');
});

it('shows the local calendar day whatever the time of day', () => {
  expect(dayMonthYear(new Date(2025, 7, 6, 23, 59))).toBe('6 Aug 2025');
  expect(dayMonthYear(new Date(2025, 7, 6, 0, 0))).toBe('6 Aug 2025');
});
