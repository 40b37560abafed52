import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { ordinalResultsPeriods } from './ordinalResultsPeriods.ts';

// Wednesday 25 October 1989.
const PUBLISHED = { published: '1989-10-25', locale: 'en-US' } as const;
const found = (list: { text: string; value: string }[]) => list.map((m) => [m.text, m.value]);
const news = (text: string) => found(findMentions(text, PUBLISHED));
const timeml = (text: string) => found(findTimemlMentions(text, PUBLISHED));

describe('a quarter named by its number as a period in results copy', () => {
  it.each([
    ['Net income in the third period rose 8% to $22 million.', 'the third period', '1989-Q3'],
    ['Sales in the third period fell 4% to $1.2 billion.', 'the third period', '1989-Q3'],
    [
      'Profit for the second period fell to $4 million, or 10 cents a share.',
      'the second period',
      '1989-Q2',
    ],
    [
      'The company expects a net loss in its fiscal fourth period.',
      'its fiscal fourth period',
      '1989-Q4',
    ],
  ])('reads %j as the quarter, in both readings', (text, words, value) => {
    expect(news(text)).toContainEqual([words, value]);
    expect(timeml(text)).toContainEqual([words, value]);
  });

  it('reads "Net income in the third period rose" with the third quarter\'s number', () => {
    expect(ordinalResultsPeriods('Net income in the third period rose.')).toEqual([
      { start: 14, end: 30, quarter: 3 },
    ]);
  });

  it('does not read a game\'s period, with no words of results: "The Rangers scored twice in the third period"', () => {
    expect(
      ordinalResultsPeriods('The Rangers scored twice in the third period to win 4-2.'),
    ).toEqual([]);
    expect(news('The Rangers scored twice in the third period to win 4-2.')).toEqual([]);
    expect(timeml('The Rangers scored twice in the third period to win 4-2.')).toEqual([]);
  });

  it.each([
    'Gretzky scored twice in the third period, and beer sales at the Forum set a record.',
    'The Flames, sponsored by a car dealer whose sales slumped, killed a penalty late in the first period.',
  ])("does not read a game's period beside a sponsor's sales: %j", (text) => {
    expect(ordinalResultsPeriods(text)).toEqual([]);
    expect(news(text).filter(([words]) => words!.includes('period'))).toEqual([]);
    expect(timeml(text).filter(([words]) => words!.includes('period'))).toEqual([]);
  });

  it('does not read a school\'s period, with no words of results: "Pupils study Mandarin in the third period"', () => {
    const text = 'Pupils at the school study Mandarin in the third period every morning.';
    expect(ordinalResultsPeriods(text)).toEqual([]);
    expect(news(text).filter(([words]) => words!.includes('period'))).toEqual([]);
    expect(timeml(text).filter(([words]) => words!.includes('period'))).toEqual([]);
  });

  it('does not read "the third period of" something, even beside results', () => {
    expect(
      ordinalResultsPeriods('Sales rose in the third period of the campaign, the company said.'),
    ).toEqual([]);
  });
});
