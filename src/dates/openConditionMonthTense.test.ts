import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { openConditionMonthTense } from './openConditionMonthTense.ts';

const read = (text: string, published: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-US' }).find((m) => m.text === phrase)?.value,
  );

describe('a month in an open condition whose main clause tells the future', () => {
  it.each([
    [
      'He said that if the talks fail in May, the union will strike.',
      '2026-03-11',
      'May',
      '2026-05',
    ],
    [
      'Analysts said that if rates fall in January, housing starts will pick up.',
      '1989-10-18',
      'January',
      '1990-01',
    ],
    [
      'She warned that if the bill passes in December, rents will soar.',
      '2026-09-16',
      'December',
      '2026-12',
    ],
    [
      'Officials said that if the computers fail in January, the backup system will take over.',
      '1999-11-03',
      'January',
      '2000-01',
    ],
  ])('reads "%s", said on %s, as the coming month', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it.each([
    ['He said that the talks failed in May, and the union struck.', '2026-03-11', 'May', '2025-05'],
    [
      'She said that if the bill had passed in July, rents would have fallen.',
      '2026-09-16',
      'July',
      '2026-07',
    ],
    ['He said that if the talks failed in May, the union struck.', '2026-03-11', 'May', '2025-05'],
  ])('keeps "%s", said on %s, on the month gone by', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it('passes a condition with no "will" after it on', () => {
    expect(
      openConditionMonthTense(
        'He said that if the talks fail in ',
        ', it is over.',
        5,
        '2026-03-11',
        'past',
      ),
    ).toBe('past');
  });
});
