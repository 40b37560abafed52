import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFrequencySeasonHabit } from './isFrequencySeasonHabit.ts';

// Thursday 15 October 2026: the winter on the calendar read before was 2025-WI, the summer
// ahead 2027-SU.
const OCTOBER = { published: '2026-10-15', locale: 'en-GB' } as const;
const seasons = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, OCTOBER)
      .filter((m) => /winter|summer/i.test(m.text))
      .map((m) => m.value),
  );

describe('a bare season after a frequency told in the present', () => {
  it.each([
    ['The crossing takes 90 minutes, and sailings run twice a day in winter.', 'XXXX-WI'],
    ['Buses run every 30 minutes in summer.', 'XXXX-SU'],
    ['Trains to the coast run hourly in winter.', 'XXXX-WI'],
  ])('reads "%s" as a habit, any year\'s season', (text, value) => {
    expect(seasons(text)).toEqual([[value], [value]]);
  });

  it('reads "Flights to Faro run daily in summer and three times a week in winter" as two habits', () => {
    const both = ['XXXX-SU', 'XXXX-WI'];
    expect(
      seasons('Flights to Faro run daily in summer and three times a week in winter.'),
    ).toEqual([both, both]);
  });

  it.each([
    ['Ferries will sail twice a day in summer.', '2027-SU'],
    ['Ferries are expected to sail twice a day in summer.', '2027-SU'],
    ['Buses ran every ten minutes in winter.', '2025-WI'],
    ['Buses were cut to twice a day in winter.', '2025-WI'],
    ['Trains run hourly, but in winter they stop at 8pm.', '2025-WI'],
    ['Sailings run twice a day in the winter.', '2025-WI'],
  ])(
    'leaves "%s" a season on the calendar (a future, a past, another clause, an article)',
    (text, value) => {
      expect(seasons(text)).toEqual([[value], [value]]);
    },
  );

  it('leaves a paper\'s name: "The Daily Telegraph reports that the ferry company plans cuts in winter"', () => {
    const text = 'The Daily Telegraph reports that the ferry company plans cuts in winter.';
    expect(seasons(text)).toEqual([['2026-WI'], ['2026-WI']]);
  });

  it('leaves a clause that names its year: "This year sailings run twice a day in winter"', () => {
    const [news, timeml] = seasons('This year sailings run twice a day in winter.');
    expect(news).toHaveLength(1);
    expect([...news!, ...timeml!]).not.toContain('XXXX-WI');
  });

  it.each([
    ['Daily sailings resume in summer.', 'summer', '2027-SU'],
    ['Weekly flights to Tenerife start in winter.', 'winter', '2026-WI'],
    ['Hourly trains return in spring after the works.', 'spring', '2027-SP'],
    ['Daily testing in care homes ends in spring.', 'spring', '2027-SP'],
  ])('reads "%s" as the one season a service comes back in or ends', (text, words, value) => {
    const found = [findMentions, findTimemlMentions].map(
      (find) => find(text, OCTOBER).find((m) => m.text.endsWith(words))?.value,
    );
    expect(found).toEqual([value, value]);
  });

  it('reads "The ferry runs twice a day in winter, up from once last year" as this winter', () => {
    const [news, timeml] = seasons('The ferry runs twice a day in winter, up from once last year.');
    expect([news, timeml]).toEqual([['2026-WI'], ['2026-WI']]);
  });

  it('reads "Ferries run twice a day in winter under proposals that will go to the council next month" as the coming winter', () => {
    const text =
      'Ferries run twice a day in winter under proposals that will go to the council next month.';
    expect(seasons(text)).toEqual([['2026-WI'], ['2026-WI']]);
  });

  it('needs the frequency before the season', () => {
    expect(isFrequencySeasonHabit('Sailings run twice a day in winter.', 25, 34, 'in')).toBe(true);
    expect(isFrequencySeasonHabit('In winter sailings run twice a day.', 0, 9, 'in')).toBe(false);
  });
});
