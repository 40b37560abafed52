import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-GB' }) as const;
const read = (text: string, published: string) =>
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`);

describe('a season named by its reckoning', () => {
  it('reads "The Met Office said the meteorological spring began on 1 March" as the spring begun', () => {
    const text = 'The Met Office said the meteorological spring began on 1 March.';
    expect(read(text, '2026-03-11')).toEqual([
      'meteorological spring = 2026-SP',
      'on 1 March = 2026-03-01',
    ]);
    expect(readTimeml(text, '2026-03-11')).toEqual([
      'meteorological spring = 2026-SP',
      '1 March = 2026-03-01',
    ]);
  });

  it('reads "The meteorological autumn begins on Monday", said in late August, as the coming autumn', () => {
    const text = 'The meteorological autumn begins on Monday.';
    expect(read(text, '2025-08-29')).toEqual([
      'meteorological autumn = 2025-FA',
      'on Monday = 2025-09-01',
    ]);
    expect(readTimeml(text, '2025-08-29')).toEqual([
      'meteorological autumn = 2025-FA',
      'Monday = 2025-09-01',
    ]);
  });

  it('reads "the start of the astronomical autumn" and a winter begun in December', () => {
    expect(
      read('The equinox on Sunday marked the start of the astronomical autumn.', '2024-09-27'),
    ).toContain('astronomical autumn = 2024-FA');
    expect(read('The meteorological winter began on Monday.', '2025-12-02')).toContain(
      'meteorological winter = 2025-WI',
    );
  });

  it('reads "The meteorological summer has been dry so far" as the current summer', () => {
    expect(read('The meteorological summer has been dry so far.', '2026-06-20')).toEqual([
      'meteorological summer = 2026-SU',
    ]);
  });

  it('does not read a habit, a season of a year, nor the months of a season', () => {
    expect(read('The meteorological spring always begins on 1 March.', '2026-03-11')).toEqual([
      'on 1 March = 2026-03-01',
    ]);
    expect(
      read('The meteorological summer of 2025 was the warmest on record.', '2025-08-29'),
    ).toEqual(['summer of 2025 = 2025-SU']);
    expect(
      read('Rain fell on most days of the meteorological winter months.', '2026-03-11').join(),
    ).not.toContain('meteorological winter');
  });

  it('does not read "Meteorological spring runs from 1 March to 31 May", the reckoning defined', () => {
    const text = 'Meteorological spring runs from 1 March to 31 May.';
    expect(read(text, '2026-04-01').join()).not.toContain('spring');
    expect(readTimeml(text, '2026-04-01').join()).not.toContain('spring');
  });

  it('does not read "meteorological" before a word that is no season', () => {
    expect(read('The meteorological office closed on Monday.', '2026-03-11')).toEqual([
      'on Monday = 2026-03-09',
    ]);
  });
});
