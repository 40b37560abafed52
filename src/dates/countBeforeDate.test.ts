import { describe, expect, it } from 'vitest';
import {
  COUNT_BEFORE_DATE,
  dayOfPastCount,
  SPAN_BEFORE_COUNT,
  SPAN_DIRECTION_BEFORE_DATE,
} from './countBeforeDate.ts';

const counts = (text: string) => [...text.matchAll(COUNT_BEFORE_DATE)].map((m) => m[0]);

describe('a count before a date', () => {
  it('finds "three days before March 15" and "a week after 31st January", the count and its direction', () => {
    expect(counts('The deal was signed three days before March 15.')).toEqual([
      'three days before ',
    ]);
    expect(counts('It closed a week after 31st January.')).toEqual(['a week after ']);
    expect(counts('Talks resumed two months after Jan. 31.')).toEqual(['two months after ']);
  });

  it('finds "two weeks before Sunday", "three days after last Monday" and "two weeks before last weekend"', () => {
    expect(counts('The vote came two weeks before Sunday.')).toEqual(['two weeks before ']);
    expect(counts('The plant closed three days after last Monday.')).toEqual(['three days after ']);
    expect(counts('It came a week after this coming Friday.')).toEqual(['a week after ']);
    expect(counts('The dam failed two weeks before last weekend.')).toEqual(['two weeks before ']);
    // Near misses: a weekend of no set week, a count from an event held on a weekday.
    expect(counts('The vote came two weeks before the weekend.')).toEqual([]);
    expect(counts('Sales rose three days after the vote on Sunday.')).toEqual([]);
  });

  it('finds the "before" of a span told with "the final" or "the past" before a date or weekday', () => {
    const directions = (text: string) =>
      [...text.matchAll(SPAN_DIRECTION_BEFORE_DATE)].map((m) => m[0]);
    expect(directions('Traders sold heavily in the final three days before March 15.')).toEqual([
      'before ',
    ]);
    expect(directions('Sales fell in the past two weeks before Sunday.')).toEqual(['before ']);
    // Near misses: a count with no span word, and a span before an event.
    expect(directions('The deal was signed three days before March 15.')).toEqual([]);
    expect(directions('Sales fell in the past two weeks before the vote on Sunday.')).toEqual([]);
    expect(SPAN_BEFORE_COUNT.test('in the final ')).toBe(true);
    expect(SPAN_BEFORE_COUNT.test('signed ')).toBe(false);
  });

  it('finds "a month after March 2019" and "two years before June 2020", a count before a month and its year', () => {
    expect(counts('The firm was founded a month after March 2019.')).toEqual(['a month after ']);
    expect(counts('Talks collapsed two years before June 2020.')).toEqual(['two years before ']);
    expect(counts('It shut three weeks after Sept. 2021.')).toEqual(['three weeks after ']);
    // Near misses: years before a day and month or a weekday, a month with no year, a span.
    expect(counts('Prices rose two years before March 15.')).toEqual([]);
    expect(counts('It opened a year after Sunday.')).toEqual([]);
    expect(counts('The law took effect six months after January.')).toEqual([]);
    expect(counts('Sales fell in the two years before June 2020.')).toEqual([]);
  });

  it('finds the "before" of a span of years before a month and its year', () => {
    const directions = (text: string) =>
      [...text.matchAll(SPAN_DIRECTION_BEFORE_DATE)].map((m) => m[0]);
    expect(directions('Sales fell in the two years before June 2020.')).toEqual(['before ']);
    // Near miss: a span of years before a day and month.
    expect(directions('Sales fell in the two years before June 20.')).toEqual([]);
  });

  it('finds no count told as a span with "the" or "final", nor one before an event', () => {
    expect(counts('Traders sold heavily in the final three days before March 15.')).toEqual([]);
    expect(counts('He has the remaining 10 days before March 31 to appeal.')).toEqual([]);
    // Near miss: the count is before an event, not a date.
    expect(counts('He died two days after the vote on March 3.')).toEqual([]);
  });

  it('reads "signed three days before March 15", told on March 10, as last year\'s March 15', () => {
    const text = 'The deal was signed three days before March 15.';
    const start = text.indexOf('March');
    expect(dayOfPastCount(text, start, '2026-03-15', '2026-03-10')).toBe('2025-03-15');
    expect(dayOfPastCount(text, start, '2026-03-15', '2026-03-13')).toBe('2026-03-15');
  });

  it('reads "a week after March 1", told on March 5, as last year\'s: the day counted to is ahead', () => {
    const text = 'It closed a week after March 1.';
    const start = text.indexOf('March');
    expect(dayOfPastCount(text, start, '2026-03-01', '2026-03-05')).toBe('2025-03-01');
    expect(dayOfPastCount(text, start, '2026-03-01', '2026-03-08')).toBe('2026-03-01');
  });

  it('keeps the day as it is when no count opens it right before', () => {
    const text = 'Three days later, on March 15, the deal was signed.';
    expect(dayOfPastCount(text, text.indexOf('March'), '2026-03-15', '2026-03-10')).toBe(
      '2026-03-15',
    );
  });
});
