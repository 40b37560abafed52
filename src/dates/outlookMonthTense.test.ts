import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { outlookMonthTense } from './outlookMonthTense.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

describe('a month that opens a clause of outlook after another month', () => {
  it('reads "Sales fell in November and January looks worse", said in December, as the coming January', () => {
    const text = 'Sales fell in November and January looks worse.';
    const found = [
      ['November', '2025-11'],
      ['January', '2026-01'],
    ];
    expect(read(text, '2025-12-10')).toEqual(found);
    expect(readTimeml(text, '2025-12-10')).toEqual(found);
  });

  it('reads "February promises more of the same" after November, said in December, as the coming February', () => {
    expect(
      read('Sales fell in November and February promises more of the same.', '2025-12-10'),
    ).toContainEqual(['February', '2026-02']);
  });

  it('keeps "Sales fell in December and January looks worse", said in February, on the January just gone', () => {
    expect(read('Sales fell in December and January looks worse.', '2026-02-10')).toContainEqual([
      'January',
      '2026-01',
    ]);
  });

  it('keeps "Sales fell in November and January was worse", said in December, on the January gone by', () => {
    expect(read('Sales fell in November and January was worse.', '2025-12-10')).toContainEqual([
      'January',
      '2025-01',
    ]);
  });

  it('passes the tense on where the month is not the second of a pair', () => {
    expect(outlookMonthTense('Analysts say ', ' looks worse.', 1, '2025-12-10', 'past')).toBe(
      'past',
    );
    expect(
      outlookMonthTense('Sales fell in November and ', ' looks worse.', 1, '2025-12-10', 'past'),
    ).toBe('future');
  });
});
