import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { storySeasonYear } from './storySeasonYear.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]);

describe('"the" and a season told in the past after a year of the story', () => {
  it('reads "In the summer of 1966 she moved to Paris; by the autumn she was teaching" as 1966-FA', () => {
    const text = 'In the summer of 1966 she moved to Paris; by the autumn she was teaching.';
    expect(read(text, '2025-11-20')).toContainEqual(['the autumn', '1966-FA']);
    expect(readTimeml(text, '2025-11-20')).toContainEqual(['the autumn', '1966-FA']);
  });

  it.each([
    [
      'He joined the band in the spring of 1971, and by the summer they were touring Europe.',
      'the summer',
      '1971-SU',
    ],
    [
      'The factory opened in 1923; in the spring the first cars rolled off the line.',
      'the spring',
      '1923-SP',
    ],
    [
      'The mill closed in 1984, and in the winter the workers marched on London.',
      'the winter',
      '1984-WI',
    ],
  ])('reads %j with the season of the year named', (text, words, value) => {
    expect(read(text, '2026-03-11')).toContainEqual([words, value]);
    expect(readTimeml(text, '2026-03-11')).toContainEqual([words, value]);
  });

  it('leaves a season told ahead: "The factory opened in 1923; in the spring it will reopen as flats"', () => {
    expect(
      read('The factory opened in 1923; in the spring it will reopen as flats.', '2026-03-11'),
    ).toContainEqual(['the spring', '2026-SP']);
  });

  it('leaves a season after "by" with no past verb after it', () => {
    expect(
      storySeasonYear(
        'She moved to Paris in 1966 and hopes by ',
        ' to teach.',
        'the',
        'future',
        '2025-11-20',
      ),
    ).toBeUndefined();
    expect(
      storySeasonYear(
        'She moved to Paris in 1966 and by ',
        ' was teaching.',
        'the',
        'future',
        '2025-11-20',
      ),
    ).toBe(1966);
  });

  it('leaves "this", "last" and "next", which count from publication', () => {
    expect(
      storySeasonYear(
        'The factory opened in 1923, and ',
        ' it was sold.',
        'last',
        'past',
        '2026-03-11',
      ),
    ).toBeUndefined();
    expect(
      storySeasonYear(
        'The factory opened in 1923, and ',
        ' it was sold.',
        'the',
        'past',
        '2026-03-11',
      ),
    ).toBe(1923);
  });

  it.each([
    // A year of the sentence before: the news story's season is as often this year's.
    [
      'Inflation hit 9 percent in 2022. Over the summer it fell below 3 percent.',
      '2026-10-15',
      'the summer',
      '2026-SU',
    ],
    [
      'The firm was founded in 1998. In the spring it cut 300 jobs.',
      '2026-10-15',
      'the spring',
      '2026-SP',
    ],
    // A year a span runs from.
    [
      'Prices have risen since 2012, and in the spring they rose another 4 percent.',
      '2026-09-20',
      'the spring',
      '2026-SP',
    ],
    // A year in an aside.
    [
      'The mayor, elected in 2022, faced protests over the budget in the spring.',
      '2026-08-30',
      'the spring',
      '2026-SP',
    ],
  ])('leaves %j, said on %s, to the season gone by', (text, published, words, value) => {
    expect(read(text, published)).toContainEqual([words, value]);
    expect(readTimeml(text, published)).toContainEqual([words, value]);
  });

  it('leaves a season with no past year named before', () => {
    expect(read('In the spring the first cars rolled off the line.', '2026-03-11')).toContainEqual([
      'the spring',
      '2026-SP',
    ]);
  });
});
