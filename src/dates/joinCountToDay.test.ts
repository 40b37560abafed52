import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const AUGUST_7 = { published: '2025-08-07', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, AUGUST_7).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, AUGUST_7).map((m) => [m.text, m.type, m.value] as const);

describe('a count joined to the day named right after it', () => {
  it('reads "The fire started a week before Christmas" as 18 December, one expression', () => {
    expect(read('The fire started a week before Christmas.')).toEqual([
      ['a week before Christmas', 'DATE', '2024-12-18'],
    ]);
  });

  it('reads "two days after New Year\'s Day" and "a month before Christmas" as the day counted to', () => {
    expect(read("The strike began two days after New Year's Day.")).toEqual([
      ["two days after New Year's Day", 'DATE', '2025-01-03'],
    ]);
    expect(read('The fire started a month before Christmas.')).toEqual([
      ['a month before Christmas', 'DATE', '2024-11-25'],
    ]);
  });

  it('keeps the count a length and the day apart in TimeML mode', () => {
    expect(readTimeml('The fire started a week before Christmas.')).toEqual([
      ['a week', 'DURATION', 'P1W'],
      ['Christmas', 'DATE', '2024-12-25'],
    ]);
  });

  it('leaves "two days after the vote on March 3" the event\'s date and "Days before Christmas" apart', () => {
    expect(read('He died two days after the vote on March 3.')).toEqual([
      ['two days after', 'DATE', '2025-03-03'],
      ['March 3', 'DATE', '2025-03-03'],
    ]);
    expect(read('Days before Christmas, shoppers flocked.')).toEqual([
      ['Days before', 'DATE', '2024-12-25'],
      ['Christmas', 'DATE', '2024-12-25'],
    ]);
  });

  it('reads "three days before March 15" as 12 March, one expression, in either order of day and month', () => {
    expect(read('The deal was signed three days before March 15.')).toEqual([
      ['three days before March 15', 'DATE', '2025-03-12'],
    ]);
    expect(read('The deal was signed three days before 15 March.')).toEqual([
      ['three days before 15 March', 'DATE', '2025-03-12'],
    ]);
    expect(read('The deal was signed a week after March 15, 2024.')).toEqual([
      ['a week after March 15, 2024', 'DATE', '2024-03-22'],
    ]);
  });

  it('keeps "three days before March 15" a length and a day in TimeML mode', () => {
    expect(readTimeml('The deal was signed three days before March 15.')).toEqual([
      ['three days', 'DURATION', 'P3D'],
      ['March 15', 'DATE', '2025-03-15'],
    ]);
  });

  it('leaves "for 10 days after March 15", a span, as a length and its day', () => {
    expect(read('Prices rose for 10 days after March 15.')).toEqual([
      ['10 days', 'DURATION', 'P10D'],
      ['March 15', 'DATE', '2025-03-15'],
    ]);
  });

  it('reads "signed three days before March 15", told on March 10, as last year\'s: the deed is gone by', () => {
    const march10 = { published: '2026-03-10', locale: 'en-US' } as const;
    const past = (text: string) =>
      findMentions(text, march10).map((m) => [m.text, m.type, m.value] as const);
    expect(past('The deal was signed three days before March 15.')).toEqual([
      ['three days before March 15', 'DATE', '2025-03-12'],
    ]);
    expect(past('Traders sold heavily two days before March 15.')).toEqual([
      ['two days before March 15', 'DATE', '2025-03-13'],
    ]);
    expect(
      findTimemlMentions('The deal was signed three days before March 15.', march10).map(
        (m) => [m.text, m.type, m.value] as const,
      ),
    ).toEqual([
      ['three days', 'DURATION', 'P3D'],
      ['March 15', 'DATE', '2025-03-15'],
    ]);
    // Near miss: a deed to come keeps the March ahead.
    expect(past('The deal will be signed three days before March 15.')).toEqual([
      ['three days before March 15', 'DATE', '2026-03-12'],
    ]);
  });

  it('joins no count told with "the final" or "the remaining" to the day after it: a span, not a day', () => {
    const march10 = { published: '2026-03-10', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, march10).map((m) => m.text);
    expect(values('Traders sold heavily in the final three days before March 15.')).not.toContain(
      'three days before March 15',
    );
    expect(values('He has the remaining 10 days before March 31 to appeal.')).not.toContain(
      '10 days before March 31',
    );
  });
});
