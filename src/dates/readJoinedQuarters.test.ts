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

  it('does not read the quarters of a game told by who trailed, with no word of a match in the sentence', () => {
    const text =
      'The Knicks trailed by 12 points in the second and third quarters before rallying.';
    for (const read of mentions(text)) expect(read).toEqual([]);
  });

  it('reads joined quarters after a half named with its year in that year, as a single part is', () => {
    const july = { published: '1991-07-18', locale: 'en-US' as const };
    const text =
      'Analysts expect slow growth in the first half of 1992, with the biggest gains in the third and fourth quarters.';
    for (const read of [findMentions(text, july), findTimemlMentions(text, july)])
      expect(read.map((m) => `${m.text} ${m.value}`)).toEqual([
        'the first half of 1992 1992-H1',
        'the third 1992-Q3',
        'fourth quarters 1992-Q4',
      ]);
  });

  it('leaves joined quarters told ahead after a year before publication to their tense', () => {
    const july = { published: '1991-07-18', locale: 'en-US' as const };
    const text =
      'Profit in the first half of 1990 was strong, but the company said the third and fourth quarters would be weaker.';
    for (const read of [findMentions(text, july), findTimemlMentions(text, july)])
      expect(read.map((m) => `${m.text} ${m.value}`).slice(-2)).toEqual([
        'the third 1991-Q3',
        'fourth quarters 1991-Q4',
      ]);
    const earlier =
      'Earnings in the fourth quarter of 1990 fell, and losses followed in the first and second quarters.';
    for (const read of [findMentions(earlier, july), findTimemlMentions(earlier, july)])
      expect(read.map((m) => `${m.text} ${m.value}`).slice(-2)).toEqual([
        'the first 1991-Q1',
        'second quarters 1991-Q2',
      ]);
  });

  it('reads "the first and second quarters" after "the first half of 1990" as quarters of 1990, the pair ending with the half', () => {
    const february = { published: '1991-02-10', locale: 'en-US' as const };
    const text =
      'Profit in the first half of 1990 rose 5%, with gains in both the first and second quarters.';
    for (const read of [findMentions(text, february), findTimemlMentions(text, february)])
      expect(read.map((m) => `${m.text} ${m.value}`).slice(-2)).toEqual([
        'the first 1990-Q1',
        'second quarters 1990-Q2',
      ]);
  });
});
