import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH = { published: '2026-03-04', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, MARCH).map((m) => `${m.text} = ${m.value}${m.mod ? ` ${m.mod}` : ''}`),
  );

describe('the first or last day, week or month of "the year"', () => {
  it.each([
    [
      'Sales fell sharply in the first month of the year.',
      'the first month of the year = 2026 START',
    ],
    ['The first day of the year saw 40 flood warnings.', 'The first day of the year = 2026-01-01'],
    ['Staff work through the final month of the year.', 'the final month of the year = 2026 END'],
  ])(
    'reads "%s" as the start or end of the year, as "of this year" is, in both readings',
    (text, expected) => {
      const [news, timeml] = read(text);
      expect(news).toEqual([expected]);
      expect(timeml).toContain(expected);
    },
  );

  // The first and last weeks are weeks of their own, the year's first and last ISO weeks
  // (readFinalUnits).
  it('reads "Flu cases peaked in the first week of the year", said on 4 March 2026, as 2026-W01 in both readings', () => {
    const [news, timeml] = read('Flu cases peaked in the first week of the year.');
    expect(news).toEqual(['the first week of the year = 2026-W01']);
    expect(timeml).toContain('the first week of the year = 2026-W01');
  });

  it('reads "Shops are quiet in the last week of the year", said on 4 March 2026, as 2026-W53 in both readings', () => {
    const [news, timeml] = read('Shops are quiet in the last week of the year.');
    expect(news).toEqual(['the last week of the year = 2026-W53']);
    expect(timeml).toContain('the last week of the year = 2026-W53');
  });

  it.each([
    ['The bug was fixed on the first day of the year 2000.'],
    ['Sales in the first week of the year 2025 were weak.'],
    ['Systems failed on the last day of the year 1999.'],
  ])('reads no year of publication in "%s", whose year is named', (text) => {
    const [news, timeml] = read(text);
    expect([...news!, ...timeml!].filter((m) => /2026|last day =/.test(m))).toEqual([]);
  });

  it('reads no year in the news reading of "It was the busiest day of the year"', () => {
    expect(read('It was the busiest day of the year.')[0]).toEqual([]);
  });
});
