import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const FRIDAY = '2025-11-07';

/** `text`'s news-reading mentions as "words = value". */
function values(text: string, published = FRIDAY): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe("a market wrap's week or month", () => {
  it('reads "For the week, the S&P 500 rose 1.6%", said on a Friday, as that week, TimeML mode unread', () => {
    const text = 'For the week, the S&P 500 rose 1.6%.';
    expect(values(text)).toEqual(['the week = 2025-W45']);
    expect(findTimemlMentions(text, { published: FRIDAY, locale: 'en-US' })).toEqual([]);
  });

  it('reads "over the week" and "for the month" alike', () => {
    expect(values('The Nasdaq lost 3% over the week.')).toEqual(['the week = 2025-W45']);
    expect(values('The index gained 4 percent for the month.')).toEqual(['the month = 2025-11']);
  });

  it("reads a weekend's wrap by the last session: the month gone by on the first Saturday", () => {
    expect(values('For the month, the S&P 500 gained 2.3%.', '2025-11-01')).toEqual([
      'the month = 2025-10',
    ]);
  });

  it('reads "For the week, the Dow Jones industrials were down 67.19 points", said on Monday 30 October 1989, as 1989-W43', () => {
    const text = 'For the week, the Dow Jones industrials were down 67.19 points.';
    expect(values(text, '1989-10-30')).toEqual(['the week = 1989-W43']);
    expect(values('For the month, the index gained 2%.', '1989-10-02')).toEqual([
      'the month = 1989-09',
    ]);
  });

  it('keeps the week of publication for a wrap said on a Tuesday or a Friday', () => {
    const text = 'For the week, the Dow Jones industrials were down 67.19 points.';
    expect(values(text, '1989-10-31')).toEqual(['the week = 1989-W44']);
    expect(values(text, '1989-10-27')).toEqual(['the week = 1989-W43']);
  });

  it('reads the month named just before as the one tallied', () => {
    expect(
      values('Retail sales rose 0.4% in October. For the month, clothing sales rose 1%.'),
    ).toEqual(['October = 2025-10', 'the month = 2025-10']);
  });

  it('does not read the week of a year its sentence names before, but keeps a year compared after', () => {
    expect(values('In October 2008, the Dow lost 18% for the week, its worst ever.')).toEqual([
      'October 2008 = 2008-10',
    ]);
    expect(values('The S&P 500 rose 3% for the week, its best since 2020.')).toContain(
      'the week = 2025-W45',
    );
  });

  it('does not read a week with no move of a figure, or one looked ahead to', () => {
    expect(values('The store closed for the week.')).toEqual([]);
    expect(values('Traders are positioning for the week ahead after stocks fell 2%.')).toEqual([]);
    expect(values('Claims rose 2% in the week ended Nov. 1.')).not.toContain('the week = 2025-W45');
  });

  it('reads "The Nasdaq composite index ended down 35 points for the week", said on Monday 6 August 1990, as 1990-W31', () => {
    expect(
      values('The Nasdaq composite index ended down 35 points for the week.', '1990-08-06'),
    ).toEqual(['the week = 1990-W31']);
    expect(values('Stock prices rose 2% for the week.', '1989-10-23')).toEqual([
      'the week = 1989-W42',
    ]);
  });

  it('keeps a Monday wrap told in the present, and a past one said on another day, in its own week', () => {
    expect(values('The Dow is up 1% for the week so far.', '1989-10-16')).toEqual([
      'the week = 1989-W42',
    ]);
    expect(values('Stock prices rose 2% for the week.', '1989-10-13')).toEqual([
      'the week = 1989-W41',
    ]);
  });

  it('keeps "Gold is down $5 an ounce for the week, dealers reported", said on Monday 6 August 1990, in the week under way, 1990-W32', () => {
    expect(
      values('Gold is down $5 an ounce for the week, dealers reported.', '1990-08-06'),
    ).toEqual(['the week = 1990-W32']);
    expect(values('The Dow fell 5% for the week, traders said.', '1990-08-06')).toEqual([
      'the week = 1990-W31',
    ]);
  });

  it('keeps "Stocks are up 2% for the week, with traders watching the Fed", said on Monday 13 November 1989, in the week under way, 1989-W46: "the Fed" is no past', () => {
    expect(
      values('Stocks are up 2% for the week, with traders watching the Fed.', '1989-11-13'),
    ).toEqual(['the week = 1989-W46']);
  });
});
