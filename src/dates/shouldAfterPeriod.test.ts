import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shouldAfterPeriod } from './shouldAfterPeriod.ts';

/** `text`'s mentions in both readings, said on `published`, as "words = value". */
function values(text: string, published: string): [string[], string[]] {
  const options = { published, locale: 'en-US' } as const;
  const show = (m: { text: string; value: string }) => `${m.text} = ${m.value}`;
  return [findMentions(text, options).map(show), findTimemlMentions(text, options).map(show)];
}

describe("a half of the year followed by a forecast's should", () => {
  it('reads a half still to come as this year’s', () => {
    expect(
      values(
        'The company said results for the second half should improve as new products reach stores.',
        '1992-04-23',
      ),
    ).toEqual([['the second half = 1992-H2'], ['the second half = 1992-H2']]);
    expect(
      values('Net income in the second half should benefit from lower costs.', '1996-05-02')[1],
    ).toEqual(['the second half = 1996-H2']);
  });

  it('keeps a half already over, and a should of a duty gone by', () => {
    expect(
      values('Profit in the first half should be seen as a one-off.', '1996-09-20')[1],
    ).toEqual(['the first half = 1996-H1']);
    expect(values('Profit in the second half should have been higher.', '1996-05-02')[1]).toEqual([
      'the second half = 1995-H2',
    ]);
  });

  it('reads a half from the date its sentence gives the saying, not from publication', () => {
    expect(
      values(
        'In March the company said profit in the second half should improve.',
        '1993-01-20',
      )[1],
    ).toEqual(['March = 1992-03', 'the second half = 1992-H2']);
    expect(
      shouldAfterPeriod(' should improve.', true, 'In March the company said profit in '),
    ).toBe(false);
    expect(shouldAfterPeriod(' should improve.', true, 'Profit may recover, and in ')).toBe(true);
    for (const told of ['Last year', 'A year ago'])
      expect(
        values(`${told} the company said profit in the second half should improve.`, '2026-04-10'),
      ).toEqual([
        [`${told} = 2025`, 'the second half = 2025-H2'],
        [`${told} = 2025`, 'the second half = 2025-H2'],
      ]);
  });

  it('tells a should right after the half, with at most three words between', () => {
    expect(shouldAfterPeriod(' should improve.', true, 'Results for ')).toBe(true);
    expect(shouldAfterPeriod(' of the group should improve.', true, 'Profit in ')).toBe(true);
    expect(shouldAfterPeriod(' should improve.', false, 'Profit in ')).toBe(false);
    expect(shouldAfterPeriod(' should have improved.', true, 'Profit in ')).toBe(false);
    expect(
      shouldAfterPeriod(
        ', the chairman said, and the board thinks costs should fall.',
        true,
        'In ',
      ),
    ).toBe(false);
  });
});
