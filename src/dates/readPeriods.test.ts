import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_2024 = { published: '2024-03-14', locale: 'en-US' } as const;

/** Text, value and mod of every mention in the news reading. */
function news(text: string): Array<[string, string, string | undefined]> {
  return findMentions(text, MARCH_2024).map((m) => [m.text, m.value, m.mod]);
}

/** Text, value and mod of every mention in TimeML mode. */
function timeml(text: string): Array<[string, string, string | undefined]> {
  return findTimemlMentions(text, MARCH_2024).map((m) => [m.text, m.value, m.mod]);
}

describe('readPeriods: a half of a month', () => {
  it('reads "the second half of May" as the month with END in both readings', () => {
    expect(news('Output grew in the second half of May.')).toEqual([
      ['the second half of May', '2023-05', 'END'],
    ]);
    expect(timeml('Output grew in the second half of May.')).toEqual([
      ['the second half of May', '2023-05', 'END'],
    ]);
  });

  it('reads "the first half of June" as START and "the latter half of April 2025" as END', () => {
    expect(news('Output will grow in the first half of June.')).toEqual([
      ['the first half of June', '2024-06', 'START'],
    ]);
    expect(news('Talks run through the latter half of April 2025.')).toEqual([
      ['the latter half of April 2025', '2025-04', 'END'],
    ]);
  });

  it('takes the half into a decade\'s extent, as TimeBank marks "the last half of the \'80s"', () => {
    expect(timeml("Prices fell in the last half of the '80s.")).toEqual([
      ["the last half of the '80s", '198X', 'END'],
    ]);
  });

  it("leaves a year's halves to H1 and H2, and a game's half unread", () => {
    expect(news('Sales rose in the first half of the year.')).toEqual([
      ['the first half of the year', '2024-H1', undefined],
    ]);
    expect(news('Sales rose in the first half of last year.')).toEqual([
      ['the first half of last year', '2023-H1', undefined],
    ]);
    expect(news('He scored in the second half of the game.')).toEqual([]);
  });
});
