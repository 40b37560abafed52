import { describe, expect, it } from 'vitest';
import { CHANGE_BY_AMOUNT } from './changeByAmount.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const at = (published: string, locale: 'en-GB' | 'en-US') => ({ published, locale }) as const;
const endValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /the end of the/i.test(m.text))?.value;
const amountAfterBy = (words: string) =>
  new RegExp(String.raw`^by\s+${CHANGE_BY_AMOUNT}`, 'i').test(words);

describe('"by" before the amount of a change, no time', () => {
  it.each([
    ['Prices had risen by 5% by the end of the year, the ONS said.', '2026-01-22', '2025'],
    [
      'Home sales had fallen by a third by the end of the year, the realtors said.',
      '2026-02-05',
      '2025',
    ],
    ['Unemployment had climbed by half a point by the end of the year.', '2026-01-15', '2025'],
    [
      'Rents had gone up by 9 per cent by the end of the year, the agents said.',
      '2026-02-11',
      '2025',
    ],
    ['The index had dropped by 200 points by the end of the month.', '2026-04-15', '2026-03'],
    ['Exports had grown by $2bn by the end of the quarter.', '2026-07-08', '2026-Q2'],
  ])('reads %j, said on %s, as the period gone by, %s', (text, published, value) => {
    expect(endValue(findMentions(text, at(published, 'en-GB')))).toBe(value);
    expect(endValue(findTimemlMentions(text, at(published, 'en-US')))).toBe(value);
  });

  it.each([
    'by 5%',
    'by 4.5 percent',
    'by £300m',
    'by two-thirds',
    'by a quarter',
    'by half a point',
  ])('takes %j for an amount', (words) => {
    expect(amountAfterBy(words)).toBe(true);
  });

  it.each(['by 2019', 'by 10', 'by Friday', 'by a quarter to six', 'by the end of March'])(
    'takes %j for no amount',
    (words) => {
      expect(amountAfterBy(words)).toBe(false);
    },
  );

  it('keeps "had fallen by the end of the quarter, but …" from turning the second end back', () => {
    const text =
      'Exports had fallen by the end of the quarter, but analysts expect a recovery by the end of the year.';
    const found = findMentions(text, at('2026-04-15', 'en-GB')).map((m) => m.value);
    expect(found).toContain('2026');
  });
});
