import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { FROM_BEFORE_DAY_OF_MONTH } from './fromBeforeDayOfMonth.ts';

const JUNE = '2025-06-20';

/** `text`'s news-reading mentions as "words = value". */
function values(text: string, locale: 'en-GB' | 'en-US' = 'en-GB'): string[] {
  return findMentions(text, { published: JUNE, locale }).map((m) => `${m.text} = ${m.value}`);
}

/** `text`'s TimeML mentions as "words = value". */
function timeml(text: string): string[] {
  return findTimemlMentions(text, { published: JUNE, locale: 'en-GB' }).map(
    (m) => `${m.text} = ${m.value}`,
  );
}

describe('a day before May, June or July after "from"', () => {
  it('reads "from 1 July" as the first of July, not the month', () => {
    expect(values('The energy price cap will fall by 7 per cent from 1 July.')).toEqual([
      '1 July = 2025-07-01',
    ]);
    expect(timeml('The energy price cap will fall by 7 per cent from 1 July.')).toEqual([
      '1 July = 2025-07-01',
    ]);
  });

  it('reads the day told in the past too, and in US copy', () => {
    expect(values('The price cap fell from 1 July, Ofgem said.')).toEqual(['1 July = 2025-07-01']);
    expect(values('The new rate applies from 2 July.', 'en-US')).toEqual(['2 July = 2025-07-02']);
  });

  it('keeps a stretch from one such day to another whole', () => {
    expect(values('Sales ran from 3 June to 8 July.')).toEqual([
      '3 June to 8 July = 2025-06-03/2025-07-08',
    ]);
  });

  it('does not touch "from" before another month, a year after the month, or a stretch of days', () => {
    const masked = (text: string) => text.replace(FROM_BEFORE_DAY_OF_MONTH, '');
    expect(masked('from 1 August')).toBe('from 1 August');
    expect(masked('from 2 July 2025')).toBe('from 2 July 2025');
    expect(masked('from 9 to 12 June')).toBe('from 9 to 12 June');
    expect(masked('from July 1')).toBe('from July 1');
    expect(masked('rose from 2 Mayors')).toBe('rose from 2 Mayors');
  });
});
