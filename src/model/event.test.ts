import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { EventDate } from './event.ts';

const date = (fields: object) => ({
  value: '2025-03-03/2025-03-05',
  start: '2025-03-03',
  end: '2025-03-05',
  granularity: 'span',
  label: '3 Mar 2025 – 5 Mar 2025',
  derivation: { kind: 'editorial', reason: 'x' },
  ...fields,
});

/** The paths and messages of what the schema refuses in `input`. */
function refusals(input: unknown) {
  const result = z.safeParse(EventDate, input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('EventDate', () => {
  it('accepts exactDays on a span from one day to another', () => {
    expect(refusals(date({ exactDays: true }))).toEqual([]);
  });

  it('refuses exactDays on a month, a year, a single day or a span of months, naming the field', () => {
    for (const other of [
      { value: '2025-03', start: '2025-03-01', end: '2025-03-31', granularity: 'month' },
      { value: '2025', start: '2025-01-01', end: '2025-12-31', granularity: 'year' },
      { value: '2025-03-03', start: '2025-03-03', end: '2025-03-03', granularity: 'day' },
      { value: '2025-03/2025-05', start: '2025-03-01', end: '2025-05-31', granularity: 'span' },
    ]) {
      expect(refusals(date({ ...other, exactDays: true })), other.value).toEqual([
        [
          'exactDays',
          'exactDays only on a span from one day to another (a value such as 2025-03-03/2025-03-05)',
        ],
      ]);
    }
  });

  it('accepts the zone the words name with a clock time', () => {
    const clocked = { value: '2025-03-03T10:30', start: '2025-03-03', end: '2025-03-03' };
    expect(refusals(date({ ...clocked, granularity: 'day', zone: 'EST' }))).toEqual([]);
  });

  it('refuses a zone on a date with no clock time, naming the field', () => {
    const day = { value: '2025-03-03', start: '2025-03-03', end: '2025-03-03', granularity: 'day' };
    expect(refusals(date({ ...day, zone: 'EST' }))).toEqual([
      [
        'zone',
        'a zone only on a single clock time (such as 2025-03-03T10:30), not a day or a span',
      ],
    ]);
  });

  it('refuses a zone on a span, whose two ends may each be on another clock', () => {
    const span = {
      value: '2025-03-03T09:00/2025-03-05T10:30',
      start: '2025-03-03',
      end: '2025-03-05',
      granularity: 'span',
    };
    expect(refusals(date({ ...span, zone: 'GMT' }))).toEqual([
      [
        'zone',
        'a zone only on a single clock time (such as 2025-03-03T10:30), not a day or a span',
      ],
    ]);
  });
});
