import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1989-11-07', locale: 'en-US' as const };

const mentions = (text: string) =>
  [findMentions(text, options), findTimemlMentions(text, options)].map((list) =>
    list.map((m) => `${m.text} ${m.value}`),
  );

describe('readJoinedQuarters', () => {
  it('reads "the second and third quarters" as 1989-Q2 and 1989-Q3', () => {
    const text = 'The company reported losses in the second and third quarters.';
    for (const read of mentions(text))
      expect(read).toEqual(['the second 1989-Q2', 'third quarters 1989-Q3']);
  });

  it('reads "the third and fourth quarters of 1990" with the year said after them', () => {
    const text = 'The company expects losses in the third and fourth quarters of 1990.';
    for (const read of mentions(text))
      expect(read).toEqual(['the third 1990-Q3', 'fourth quarters of 1990 1990-Q4']);
  });

  it('reads "second- and third-quarter results" as two quarters', () => {
    const text = 'Second- and third-quarter results were hurt by the strike.';
    for (const read of mentions(text))
      expect(read).toEqual(['Second 1989-Q2', 'third-quarter 1989-Q3']);
  });

  it('reads quarters told ahead as the coming ones', () => {
    const text = 'The company expects to return to profit in the third or fourth quarter.';
    const early = { published: '1990-02-14', locale: 'en-US' as const };
    expect(findTimemlMentions(text, early).map((m) => m.value)).toEqual(['1990-Q3', '1990-Q4']);
    expect(findMentions(text, early).map((m) => m.value)).toEqual(['1990-Q3', '1990-Q4']);
  });

  it("does not read a game's quarters", () => {
    const text = 'Jordan scored 20 points in the second and third quarters.';
    for (const read of mentions(text)) expect(read).toEqual([]);
  });
});
