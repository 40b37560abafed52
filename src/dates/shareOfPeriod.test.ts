import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) => {
  const options = { published, locale: 'en-US' } as const;
  return [findMentions, findTimemlMentions].map((find) =>
    find(text, options).map((m) => `${m.text} = ${m.value}`),
  );
};

describe('a share of the week, the month or the year', () => {
  it.each([
    ['Heavy rain fell for much of the week.', '2026-03-13', 'the week = 2026-W11'],
    ['The minister spent the bulk of the week in Brussels.', '2026-03-13', 'the week = 2026-W11'],
    ['Snow is forecast for much of the week.', '2026-03-09', 'the week = 2026-W11'],
    [
      'Shelling went on for most of the month, residents said.',
      '2026-03-27',
      'the month = 2026-03',
    ],
    ['The road will be closed for most of the month.', '2026-03-02', 'the month = 2026-03'],
    ['Inflation stayed above target for most of the year.', '2026-11-20', 'the year = 2026'],
    ['For much of the year, the club sat bottom of the league.', '2026-11-20', 'the year = 2026'],
  ])('reads "%s" as the period itself', (text, published, found) => {
    expect(read(text, published)).toEqual([[found], [found]]);
  });

  it.each([["The bulk of the year's profit came from Asia."], ['Rain fell for part of the week.']])(
    'reads nothing in "%s" (a possessive, a part)',
    (text) => {
      expect(read(text, '2026-11-20')).toEqual([[], []]);
    },
  );

  it('reads only the length of a compound: "Much of the week-long festival was rained out."', () => {
    expect(read('Much of the week-long festival was rained out.', '2026-11-20')).toEqual([
      ['week-long = P1W'],
      ['week-long = P1W'],
    ]);
  });

  it('leaves "the month of March" to the month', () => {
    expect(read('Most of the month of March was wet.', '2026-11-20')).toEqual([
      ['March = 2026-03'],
      ['March = 2026-03'],
    ]);
  });
});
