import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { fullYearGoneBy } from './fullYearGoneBy.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('the full year a past sentence reports on early in the next', () => {
  it.each([
    ['Exports for the full year fell 3 per cent.', '2026-03-10'],
    ['For the full year, revenue rose 8% to $4.1 billion.', '2026-02-11'],
    ['Over the full year, inflation averaged 3.2%.', '2026-01-20'],
    ['Net income for the whole year was $2.3 billion.', '2026-02-11'],
  ])('reads "%s" as the year gone by', (text, published) => {
    expect(read(text, published)).toEqual([
      [expect.stringMatching(/ = 2025$/)],
      [expect.stringMatching(/ = 2025$/)],
    ]);
  });

  it.each([
    ['Sales for the full year are expected to rise 5%.', '2026-02-11'],
    ['Exports for the full year will fall 3 per cent, the ministry forecast.', '2026-03-10'],
    ['Exports for the full year fell 3 per cent.', '2026-09-10'],
    ['The company raised its forecast for the full year.', '2026-02-20'],
    ['The bank lowered its growth estimates for the full year.', '2026-03-10'],
  ])(
    'keeps "%s" in the year of publication (told ahead, forecast, or late in the year)',
    (text, published) => {
      expect(read(text, published)).toEqual([['the full year = 2026'], ['the full year = 2026']]);
    },
  );

  it('reads nothing of a bare "over the year"', () => {
    expect(read('Prices rose 5% over the year.', '2026-02-11')).toEqual([[], []]);
  });

  it('asks for a past tense and a year summed up', () => {
    expect(fullYearGoneBy('the full year', 'Exports for ', 'past', '2026-03-10')).toBe(true);
    expect(fullYearGoneBy('the year', 'Exports for ', 'past', '2026-03-10')).toBe(false);
    expect(fullYearGoneBy('the full year', 'Exports for ', 'unknown', '2026-03-10')).toBe(false);
    expect(fullYearGoneBy('the full year', 'its outlook for ', 'past', '2026-03-10')).toBe(false);
  });
});
