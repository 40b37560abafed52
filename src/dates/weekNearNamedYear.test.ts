import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { weekNearNamedYear } from './weekNearNamedYear.ts';

const DECEMBER = { published: '2026-12-02', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, DECEMBER).map((m) => `${m.text.replace(/^(?:in|between) /, '')} = ${m.value}`),
  );

describe('a week by its number beside a week whose year is written', () => {
  it.each([
    [
      'Flu admissions peaked in week 2 and fell in week 3 of 2026.',
      ['week 2 = 2026-W02', 'week 3 of 2026 = 2026-W03'],
    ],
    [
      'Positivity climbed in week 51 and peaked in week 1 of 2026, the agency said.',
      ['week 51 = 2025-W51', 'week 1 of 2026 = 2026-W01'],
    ],
    [
      'The rate of flu cases peaked in week 52 of 2025 and eased in week 1.',
      ['week 52 of 2025 = 2025-W52', 'week 1 = 2026-W01'],
    ],
    [
      'Norovirus reports rose in week 40 and again in week 45 of 2025.',
      ['week 40 = 2025-W40', 'week 45 of 2025 = 2025-W45'],
    ],
  ])('reads "%s" in the year written', (text, found) => {
    expect(read(text)).toEqual([found, found]);
  });

  it('keeps the week nearest publication when no year is written', () => {
    expect(read('Flu admissions rose in week 2, the agency said.')).toEqual([
      ['week 2 = 2027-W02'],
      ['week 2 = 2027-W02'],
    ]);
  });

  it('keeps the week nearest publication beside the same week of a year written', () => {
    const text = 'Flu admissions in week 46 were double those in week 46 of 2025.';
    const found = ['week 46 = 2026-W46', 'week 46 of 2025 = 2025-W46'];
    expect(read(text)).toEqual([found, found]);
  });

  it('asks only a week whose year is written', () => {
    expect(weekNearNamedYear(8, 'fell in week 8, down from week 7 of 2025')).toBe(2025);
    expect(weekNearNamedYear(8, 'fell in week 8 in 2025')).toBeNull();
    expect(weekNearNamedYear(8, 'in week 8, against week 8 of 2025')).toBeNull();
  });
});
