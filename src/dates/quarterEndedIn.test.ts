import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { closingMonthTense, quarterEndedIn } from './quarterEndedIn.ts';

const MARCH = '2016-03-14';

/** `text`'s mentions as "words = value". */
function values(text: string, published = MARCH): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe('the quarter followed by the month it ends in', () => {
  it("reads 'the quarter ending in March', said in March, as the first quarter under way", () => {
    expect(
      values('The company will report results for the quarter ending in March next month.'),
    ).toEqual(['the quarter = 2016-Q1', 'March = 2016-03', 'next month = 2016-04']);
  });

  it('reads the quarter that ended on a written year’s last day of September as that third quarter', () => {
    expect(values('Profit for the quarter that ended Sept. 30, 2014, fell 4%.')[0]).toBe(
      'the quarter = 2014-Q3',
    );
  });

  it('reads "ended" as gone by and "ending" by its clause', () => {
    expect(quarterEndedIn(' ended June 30', '2016-05-10', 'future')).toBe('2015-Q2');
    expect(quarterEndedIn(' ending in June', '2016-05-10', 'future')).toBe('2016-Q2');
  });

  it('does not read a month that closes no calendar quarter, or a day short of its end', () => {
    expect(quarterEndedIn(' ended Jan. 31', MARCH, 'past')).toBeUndefined();
    expect(quarterEndedIn(' ended Dec. 15', MARCH, 'past')).toBeUndefined();
    expect(quarterEndedIn(' rose, and in March', MARCH, 'past')).toBeUndefined();
  });

  it('leaves the quarter to its fiscal number once a fiscal quarter is in the text', () => {
    expect(
      values(
        'Net income for the fiscal second quarter rose. Sales increased in the quarter ended Sept. 30.',
        '1989-10-26',
      ),
    ).toContain('the quarter = 1989-Q2');
  });

  it('reads the month closing the quarter as the quarter reads, gone by once the quarter is over', () => {
    expect(
      values(
        'The bank will report results for the quarter ending in December later this month.',
        '2010-02-08',
      ),
    ).toEqual(['the quarter = 2009-Q4', 'December = 2009-12', 'later this month = 2010-02']);
    expect(closingMonthTense('the quarter ending in ', 6, '2016-05-10', 'future')).toBe('future');
  });

  it("does not read the month after 'by a quarter through', a share, as closing a quarter", () => {
    expect(
      values('Sales will shrink by a quarter through December, the retailer warned.', '2021-01-05'),
    ).toEqual(['December = 2021-12']);
    expect(values('Airlines will cut capacity by a quarter through March.', '2020-04-15')).toEqual([
      'March = 2021-03',
    ]);
    expect(
      values('The firm expects costs to drop by a quarter through December.', '2021-01-05'),
    ).toEqual(['December = 2021-12']);
    expect(
      closingMonthTense('the fiscal first quarter ending in ', 12, '2010-02-08', 'future'),
    ).toBe('past');
  });

  it('does not turn a month that closes no quarter named right before it', () => {
    expect(
      values(
        'Profit for the quarter will rise, and in December the company will hire.',
        '2010-02-08',
      ),
    ).toContain('December = 2010-12');
    expect(closingMonthTense('the quarter ending in ', 11, '2010-02-08', 'future')).toBe('future');
  });
});
