import { describe, expect, it } from 'vitest';
import type { EventDate } from '../model/event.ts';
import { formatEventDate } from './formatEventDate.ts';

const editorial = { kind: 'editorial', reason: 'test' } as const;
const date = (
  fields: Pick<EventDate, 'value' | 'start' | 'end' | 'granularity'> & Partial<EventDate>,
) => ({ derivation: editorial, ...fields }) satisfies EventDate;

describe('formatEventDate', () => {
  it('names the weekday, day, month and year of a day', () => {
    expect(
      formatEventDate(
        date({ value: '2025-08-06', start: '2025-08-06', end: '2025-08-06', granularity: 'day' }),
      ),
    ).toBe('Wednesday 6 August 2025');
  });

  it('gives only the month and year of a month', () => {
    expect(
      formatEventDate(
        date({ value: '2019-12', start: '2019-12-01', end: '2019-12-31', granularity: 'month' }),
      ),
    ).toBe('December 2019');
  });

  it('gives a week as its span of days', () => {
    expect(
      formatEventDate(
        date({ value: '2025-W33', start: '2025-08-11', end: '2025-08-17', granularity: 'week' }),
      ),
    ).toBe('the week of 11–17 August 2025');
  });

  it('puts the TIMEX modifier in words before the period', () => {
    expect(
      formatEventDate(
        date({
          value: '2025',
          start: '2025-01-01',
          end: '2025-12-31',
          granularity: 'year',
          mod: 'APPROX',
        }),
      ),
    ).toBe('about 2025');
  });

  it('spells out a span across years in full', () => {
    expect(
      formatEventDate(
        date({ value: 'P3Y', start: '2022-02-24', end: '2025-08-06', granularity: 'span' }),
      ),
    ).toBe('24 February 2022 – 6 August 2025');
  });
});
