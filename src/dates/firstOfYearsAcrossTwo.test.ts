import { describe, expect, it } from 'vitest';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { firstOfYearsAcrossTwo } from './firstOfYearsAcrossTwo.ts';

const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`);

describe('the first of two years in a row', () => {
  it('gives the first year of two years in a row', () => {
    expect(firstOfYearsAcrossTwo('2025/2026')).toBe('2025');
    expect(firstOfYearsAcrossTwo('1999/2000')).toBe('1999');
  });

  it('gives nothing for years further apart, days or a single year', () => {
    expect(firstOfYearsAcrossTwo('2018/2022')).toBeUndefined();
    expect(firstOfYearsAcrossTwo('2026-06-01/2026-11-30')).toBeUndefined();
    expect(firstOfYearsAcrossTwo('2025')).toBeUndefined();
  });

  it('writes a season across two years by its first in TimeML mode, however far back', () => {
    expect(readTimeml('Exports in the 2024-25 season rose.', '2026-06-17')).toEqual([
      'the 2024-25 season = 2024',
    ]);
    expect(readTimeml('The 2025/26 season ended badly.', '2026-11-18')).toEqual([
      'The 2025/26 season = 2025',
    ]);
  });
});
