import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isYearsLongHabitMonth } from './isYearsLongHabitMonth.ts';

const JUNE = { published: '2026-06-01', locale: 'en-GB' } as const;
const monthValues = (text: string, month: string) => [
  findMentions(text, JUNE).find((m) => m.text === month)?.value,
  findTimemlMentions(text, JUNE).find((m) => m.text === month)?.value,
];

describe('a month of a habit told in the past after "For years"', () => {
  it('reads "For years the fair was held in September", said on 1 June 2026, as XXXX-09', () => {
    expect(monthValues('For years the fair was held in September.', 'September')).toEqual([
      'XXXX-09',
      'XXXX-09',
    ]);
  });

  it('reads "For generations, families picked hops in September" and "For decades the regatta was held in July" as any year\'s', () => {
    expect(monthValues('For generations, families picked hops in September.', 'September')).toEqual(
      ['XXXX-09', 'XXXX-09'],
    );
    expect(monthValues('For decades the regatta was held in July.', 'July')).toEqual([
      'XXXX-07',
      'XXXX-07',
    ]);
  });

  it('leaves a month after a comma, "until" or a year on the calendar', () => {
    expect(
      monthValues('For years he had planned to retire, and in June he finally did.', 'June'),
    ).toEqual(['2026-06', '2026-06']);
    expect(
      monthValues('For years the fair drew crowds until it was cancelled in May.', 'May'),
    ).toEqual(['2026-05', '2026-05']);
    expect(
      monthValues(
        'For years the fair was held in September, but in 2026 it moved to June.',
        'June',
      ),
    ).toEqual(['2026-06', '2026-06']);
  });

  it('asks the clause for a past verb and no future', () => {
    const text = 'For years the board has said it will decide in March.';
    expect(isYearsLongHabitMonth(text, text.indexOf('March'), text.indexOf('March') + 5)).toBe(
      false,
    );
    const told = 'For two weeks the road was shut in March.';
    expect(isYearsLongHabitMonth(told, told.indexOf('March'), told.indexOf('March') + 5)).toBe(
      false,
    );
  });

  it('leaves "For years the fund was managed by Smith and in March he was replaced" on the calendar, 2026-03', () => {
    expect(
      monthValues('For years the fund was managed by Smith and in March he was replaced.', 'March'),
    ).toEqual(['2026-03', '2026-03']);
  });
});
