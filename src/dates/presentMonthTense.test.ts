import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' }).at(-1)?.value;
const timeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).at(-1)?.value;

describe('presentMonthTense', () => {
  it('reads "The price cap rises in January", said in December, as next January: a present before a month is a plan when that month is nearer ahead', () => {
    expect(read('The price cap rises in January.', '2026-12-02')).toBe('2027-01');
    expect(timeml('The price cap rises in January.', '2026-12-02')).toBe('2027-01');
    expect(read('The central bank lowers rates at its meeting in June.', '2026-03-11')).toBe(
      '2026-06',
    );
    expect(read('The Paralympics that follow in late August draw big crowds.', '2026-06-10')).toBe(
      '2026-08',
    );
  });

  it('keeps a month gone by where the present tells figures just out, or the verb is past or a saying', () => {
    expect(read('Inflation rises to 3% in January.', '2026-02-11')).toBe('2026-01');
    expect(read('Factory output falls in October.', '2026-12-02')).toBe('2026-10');
    expect(read('The price cap rose in January.', '2026-12-02')).toBe('2026-01');
    expect(read('The regulator says prices in January were high.', '2026-12-02')).toBe('2026-01');
    expect(read('Prices in January.', '2026-12-02')).toBe('2026-01');
    expect(read('The record stands, run in Berlin in August.', '2026-03-11')).toBe('2025-08');
  });
});
