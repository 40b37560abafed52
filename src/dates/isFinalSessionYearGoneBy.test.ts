import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFinalSessionYearGoneBy } from './isFinalSessionYearGoneBy.ts';

const both = (text: string, published: string): string[][] => [
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
];

describe('the year of the final session of the year', () => {
  it('reads "The Dow Jones Industrial Average rose 16.06 points in the final session of the year", said on 2 January 1990, as 1989', () => {
    for (const mentions of both(
      'The Dow Jones Industrial Average rose 16.06 points in the final session of the year.',
      '1990-01-02',
    ))
      expect(mentions).toEqual(['the year = 1989']);
  });

  it('reads "Traders expect thin volume through the final session of the year on Friday", said on 27 December 1989, as 1989', () => {
    for (const mentions of both(
      'Traders expect thin volume through the final session of the year on Friday.',
      '1989-12-27',
    ))
      expect(mentions).toContain('the year = 1989');
  });

  it('reads the year of publication later in January or in a sentence not in the past, and nothing in "the busiest session of the year"', () => {
    expect(both('Stocks rose in the final session of the year.', '1990-01-20')[0]).toEqual([
      'the year = 1990',
    ]);
    // "the year" is at 41-49: the same words told in the past are the year gone by.
    const ahead = 'Stocks will rise in the final session of the year.';
    expect(isFinalSessionYearGoneBy(ahead, 41, 49, 'past', '1990-01-02')).toBe(true);
    expect(isFinalSessionYearGoneBy(ahead, 41, 49, 'future', '1990-01-02')).toBe(false);
    expect(both('The session was the busiest of the year.', '1989-12-27')[1]).toEqual([]);
  });
});

describe('the year that owns its last session', () => {
  it('reads "Stocks ended the year\'s last session Friday with modest gains", said on 2 January 1990, as 1989', () => {
    expect(
      both("Stocks ended the year's last session Friday with modest gains.", '1990-01-02'),
    ).toEqual([
      ['the year = 1989', 'Friday = 1989-12-29'],
      ['the year = 1989', 'Friday = 1989-12-29'],
    ]);
  });

  it('reads "Stocks are expected to end the year\'s last session quietly today", said on 29 December 1989, as 1989', () => {
    expect(
      both("Stocks are expected to end the year's last session quietly today.", '1989-12-29'),
    ).toEqual([
      ['the year = 1989', 'today = 1989-12-29'],
      ['the year = 1989', 'today = 1989-12-29'],
    ]);
  });

  it('reads "Stocks slipped on the year\'s last day", said on 2 January 1990, as 1989, as its last session is', () => {
    for (const mentions of both("Stocks slipped on the year's last day.", '1990-01-02'))
      expect(mentions).toContain('the year = 1989');
  });

  it('reads "Traders expect thin volume on the year\'s last day", said on 27 December 1989, as 1989', () => {
    for (const mentions of both("Traders expect thin volume on the year's last day.", '1989-12-27'))
      expect(mentions).toContain('the year = 1989');
  });

  it('reads nothing in "The year\'s results were poor"', () => {
    expect(both("The year's results were poor.", '1989-12-29')).toEqual([[], []]);
  });
});
