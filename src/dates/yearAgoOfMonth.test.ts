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
    const share =
      'Earnings in May were 52 cents a share, higher than 41.5 cents a share a year ago.';
    expect(values(share)[1]).toBe('a year ago = 2003-05');
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
  it('keeps a year ago a count back from publication after a month of a relative clause or after since', () => {
    expect(
      values(
        'The company, which hired a new chief executive in March, said profit rose 10% from a year ago.',
        '2014-05-20',
      )[1],
    ).toBe('a year ago = 2013');
    expect(
      values('The stock, which peaked in January, is down 20% from a year ago.', '2021-06-10')[1],
    ).toBe('a year ago = 2020');
    expect(
      values(
        'The central bank, which cut rates in March, said growth slowed to 6.7% from a year ago.',
        '2016-07-14',
      )[1],
    ).toBe('a year ago = 2015');
    expect(
      values(
        'The index has climbed 12% since January and is up 20% from a year ago.',
        '2021-06-10',
      )[1],
    ).toBe('a year ago = 2020');
  });

  it('keeps a year ago a count back from publication after a month of another clause or a quarter', () => {
    expect(
      values(
        'The company expects to close the deal in March, and its shares are up 15% from a year ago.',
        '2019-02-11',
      )[1],
    ).toBe('a year ago = 2018');
    expect(
      values(
        'Third-quarter profit, reported in October, rose 8% from a year ago.',
        '2013-11-04',
      )[2],
    ).toBe('a year ago = 2012');
  });

  it('does not take the base of another comparison, "from April", as the month of the figure', () => {
    // The figure covers May (2013-05); the month read last is April, which is not it, so the
    // count stays back from publication rather than April a year before.
    expect(
      values('Prices rose 0.3% in May from April and were up 2% from a year ago.', '2014-06-10')[2],
    ).toBe('a year ago = 2013');
  });

  it("still reads 'March car sales were down 5 percent from a year ago' as March a year before", () => {
    expect(values('March car sales were down 5 percent from a year ago.', '2016-04-05')[1]).toBe(
      'a year ago = 2015-03',
    );
  });

  it("reads the base's own figure between 'from' and the count as the same comparison", () => {
    expect(
      values('Unemployment was 6.8% in October, down from 7.4% a year ago.', '1993-11-05'),
    ).toEqual(['October = 1993-10', 'a year ago = 1992-10']);
    expect(
      values(
        'Retail sales in April were $150.2 billion, compared with $141 billion a year ago.',
        '1993-05-14',
      )[1],
    ).toBe('a year ago = 1992-04');
    expect(
      values(
        'Exports in May rose to 120 billion yen from 98 billion yen a year ago.',
        '1993-06-20',
      )[1],
    ).toBe('a year ago = 1992-05');
  });

  it('does not take a figure of things for the base, nor a month of a clause of its own', () => {
    expect(
      values('Sales in May rose to 5,000 units from 4,000 units a year ago.', '1993-06-20')[1],
    ).toBe('a year ago = 1992');
    expect(
      values(
        'Jones, who joined the company in May, earned $2 million, up from $1.5 million a year ago.',
        '1993-06-20',
      )[1],
    ).toBe('a year ago = 1992');
  });
});
