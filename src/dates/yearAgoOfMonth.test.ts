import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const JULY = '2004-07-22';

/** `text`'s mentions as "words = value". */
function values(text: string, published = JULY): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe('a year ago as the base of a month’s year-on-year figure', () => {
  it("reads 'rose 4% in May from a year ago' as May a year before", () => {
    expect(values('Exports rose 4% in May from a year ago.')).toEqual([
      'May = 2004-05',
      'a year ago = 2003-05',
    ]);
  });

  it('reads the base after "higher than" and "compared with" the same way, and counts the years', () => {
    expect(values('Home prices in April were 8% higher than a year ago.')[1]).toBe(
      'a year ago = 2003-04',
    );
    expect(values('Sales in June rose 3% compared with two years ago.')[1]).toBe(
      'two years ago = 2002-06',
    );
  });

  it('keeps a year ago a count back from publication after a month of another sentence', () => {
    expect(values('Sales rose in May. A year ago, the firm was losing money.')[1]).toBe(
      'A year ago = 2003',
    );
  });

  it('keeps a year ago a count back from publication where no comparison is made', () => {
    expect(values('She moved to Boston in March from Chicago a year ago.')[1]).toBe(
      'a year ago = 2003',
    );
    expect(values('Exports rose 4% from a year ago.')).toEqual(['a year ago = 2003']);
  });
});
