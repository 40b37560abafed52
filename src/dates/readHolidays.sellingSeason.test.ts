import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const),
  );
const christmasOf = (published: string, years: number) =>
  `${Number(published.slice(0, 4)) + years}-12-25`;

describe("a feast's selling season", () => {
  it('reads "Retailers are counting on the Christmas season to make up for a weak fall", said on 28 November 1989, as the coming Christmas', () => {
    const said = '1989-11-28';
    for (const read of both(
      'Retailers are counting on the Christmas season to make up for a weak fall.',
      said,
    ))
      expect(read).toContainEqual(['Christmas', christmasOf(said, 0)]);
  });

  it('reads "Publishers are counting on the Christmas selling season", said on 15 October 1990, as the coming Christmas', () => {
    const said = '1990-10-15';
    for (const read of both('Publishers are counting on the Christmas selling season.', said))
      expect(read).toContainEqual(['Christmas', christmasOf(said, 0)]);
  });

  it('reads "Retailers said sales in the first two weeks of the Christmas season were disappointing", said on 11 December 1989, as the season running', () => {
    const said = '1989-12-11';
    for (const read of both(
      'Retailers said sales in the first two weeks of the Christmas season were disappointing.',
      said,
    ))
      expect(read).toContainEqual(['Christmas', christmasOf(said, 0)]);
  });

  it('keeps the season gone by told in the past in January, in mid-November, or with last year in the sentence', () => {
    const january = '1990-01-09';
    for (const read of both('Sales in the Christmas season were flat, the chain said.', january))
      expect(read).toContainEqual(['Christmas', christmasOf(january, -1)]);
    const november = '1989-11-13';
    for (const read of both('Sales in the Christmas season were flat, the chain said.', november))
      expect(read).toContainEqual(['Christmas', christmasOf(november, -1)]);
    const late = '1989-11-28';
    for (const read of both(
      'Last year’s Christmas season was the worst for retailers since 1982.',
      late,
    ))
      expect(read).toContainEqual(['Christmas', christmasOf(late, -1)]);
  });

  it('reads "Macy\'s had a dismal Christmas season, analysts recalled, and this year looks no better", said on 4 December 1989, as the season gone by, and "this year\'s Christmas season" as the running one', () => {
    const said = '1989-12-04';
    for (const read of both(
      "Macy's had a dismal Christmas season, analysts recalled, and this year looks no better.",
      said,
    ))
      expect(read).toContainEqual(['Christmas', christmasOf(said, -1)]);
    for (const read of both(
      "Retailers said this year's Christmas season got off to a slow start.",
      said,
    ))
      expect(read).toContainEqual(['Christmas', christmasOf(said, 0)]);
  });
});
