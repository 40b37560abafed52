import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

/** The options a sentence is read with: its publication date, US English. */
interface Options {
  published: string;
  locale: 'en-US';
}

const OCTOBER: Options = { published: '1989-10-26', locale: 'en-US' };
const AUGUST: Options = { published: '1989-08-15', locale: 'en-US' };

/** Every TimeML mention as [text, value]. */
function timeml(text: string, options: Options = OCTOBER): [string, string][] {
  return findTimemlMentions(text, options).map((m) => [m.text, m.value]);
}

/** Every news mention as [text, value]. */
function news(text: string, options: Options = OCTOBER): [string, string][] {
  return findMentions(text, options).map((m) => [m.text, m.value]);
}

describe("a year's period with the comparison's adjective", () => {
  it('reads "last year\'s comparable period" after a quarter as that quarter a year back', () => {
    const text =
      "In the third quarter, operating profit was flat compared with last year's comparable period.";
    const expected = [
      ['the third quarter', '1989-Q3'],
      ["last year's comparable period", '1988-Q3'],
    ];
    expect(timeml(text)).toEqual(expected);
    expect(news(text)).toEqual(expected);
  });

  it('reads "the comparable 1988 period" whole, not "1988 period" alone', () => {
    expect(
      timeml(
        'Third-quarter profit rose 8%. That compares with $40 million in the comparable 1988 period.',
      ),
    ).toEqual([
      ['Third-quarter', '1989-Q3'],
      ['the comparable 1988 period', '1988-Q3'],
    ]);
  });

  it('reads "last year\'s corresponding third quarter" with its ordinal', () => {
    expect(timeml("Sales fell from last year's corresponding third quarter.")).toEqual([
      ["last year's corresponding third quarter", '1988-Q3'],
    ]);
  });

  it('reads "last year\'s comparable period" after a half as that half a year back', () => {
    expect(
      timeml(
        "Profit in the first half rose 8%, compared with last year's comparable period.",
        AUGUST,
      ),
    ).toEqual([
      ['the first half', '1989-H1'],
      ["last year's comparable period", '1988-H1'],
    ]);
  });

  it('reads "the 1988 period" after a month as that month of 1988', () => {
    expect(timeml('Sales in July rose 3% from the 1988 period.', AUGUST)).toEqual([
      ['July', '1989-07'],
      ['the 1988 period', '1988-07'],
    ]);
  });

  it('keeps "last year\'s period" a quarter when a quarter was named after the half', () => {
    expect(
      timeml(
        "Profit in the first half rose 8%. In the second quarter, it rose from last year's period.",
        AUGUST,
      ),
    ).toEqual([
      ['the first half', '1989-H1'],
      ['the second quarter', '1989-Q2'],
      ["last year's period", '1988-Q2'],
    ]);
  });

  it('does not take "the same 1988 level" for a period', () => {
    expect(timeml('Output returned to the same 1988 level.')).toEqual([['1988', '1988']]);
  });
  it('takes a hyphenated "First-half" before a noun for the half a comparison means', () => {
    expect(
      timeml("First-half profit fell 6% from last year's corresponding period.", AUGUST),
    ).toEqual([
      ['First-half', '1989-H1'],
      ["last year's corresponding period", '1988-H1'],
    ]);
    expect(timeml('First-half profit fell 6% from the year-earlier period.', AUGUST)).toEqual([
      ['First-half', '1989-H1'],
      ['the year-earlier period', '1988-H1'],
    ]);
  });

  it('reads "Profit in the first half rose 6% from the 1988 fourth quarter" as that quarter, not the half', () => {
    expect(
      timeml('Profit in the first half rose 6% from the 1988 fourth quarter.', AUGUST),
    ).toEqual([
      ['the first half', '1989-H1'],
      ['the 1988 fourth quarter', '1988-Q4'],
    ]);
  });
});
