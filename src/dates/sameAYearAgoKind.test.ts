import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { sameAYearAgoKind } from './sameAYearAgoKind.ts';

const options = { published: '2026-11-18', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('the same month a year back', () => {
  it('reads "the same month last year" after a month as that month a year back, one expression', () => {
    const text = 'Egg prices in October were 5% higher than in the same month last year.';
    expect(read(text)).toEqual(['October = 2026-10', 'the same month last year = 2025-10']);
    expect(readTimeml(text)).toEqual(['October = 2026-10', 'the same month last year = 2025-10']);
  });

  it('reads "the same month a year earlier" and "a year before" alike', () => {
    expect(read('Rents in September rose 6% on the same month a year earlier.')).toEqual([
      'September = 2026-09',
      'the same month a year earlier = 2025-09',
    ]);
    expect(
      read('Milk output in October was 2% below the same month a year before, Defra said.'),
    ).toEqual(['October = 2026-10', 'the same month a year before = 2025-10']);
  });

  it('does not read a month a year back when no month is named before it', () => {
    expect(read('Sales rose 5% on the same month last year.')).not.toContain(
      'the same month last year = 2025-11',
    );
    expect(read('Third-quarter sales rose from the same month last year.')).toContain(
      'last year = 2025',
    );
  });

  it('tells the kind of each comparison', () => {
    expect(sameAYearAgoKind('the same month last year', 'month')).toBe('month');
    expect(sameAYearAgoKind('the same month last year', 'quarter')).toBeUndefined();
    expect(sameAYearAgoKind('the same period last year', 'half')).toBe('half');
    expect(sameAYearAgoKind('the same quarter last year', undefined)).toBe('quarter');
  });
});
