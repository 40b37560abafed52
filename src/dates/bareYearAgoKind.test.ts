import { describe, expect, it } from 'vitest';
import { bareYearAgoKind } from './bareYearAgoKind.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const NOV = '1993-11-05';

/** `text`'s mentions in both readings as "words = value". */
function values(text: string): [string[], string[]] {
  const options = { published: NOV, locale: 'en-US' } as const;
  const show = (m: { text: string; value: string }) => `${m.text} = ${m.value}`;
  return [findMentions(text, options).map(show), findTimemlMentions(text, options).map(show)];
}

describe('a year-earlier comparison that names no quarter', () => {
  it('compares a month named before it with that month a year back', () => {
    const [news, timeml] = values(
      'Steel shipments in September were 6% below the year-earlier level.',
    );
    expect(news).toContain('year-earlier = 1992-09');
    expect(timeml).toContain('year-earlier = 1992-09');
  });

  it('leaves the article out of the extent before a noun that names no time, not before a stop', () => {
    expect(values('Steel shipments in September were 6% below the year-earlier level.')[1]).toEqual(
      ['September = 1993-09', 'year-earlier = 1992-09'],
    );
    expect(values('Sales rose 5% in September from the year-earlier.')[1]).toContain(
      'the year-earlier = 1992-09',
    );
    expect(
      values('Third-quarter profit was $4 million, up from the year-earlier $2.5 million.')[1],
    ).toContain('year-earlier = 1992-Q3');
  });

  it('reads "the year-earlier month" and "the year-ago period" after a month as that month', () => {
    expect(values('Sales in September rose 6% from the year-earlier month.')[1]).toContain(
      'the year-earlier month = 1992-09',
    );
    expect(values('Car sales in May rose 4% from the year-ago period.')[0]).toContain(
      'the year-ago period = 1992-05',
    );
  });

  it('compares a half named before it with that half a year back', () => {
    expect(values('Sales in the first half rose 6% from year-earlier levels.')[1]).toContain(
      'year-earlier = 1992-H1',
    );
  });

  it('keeps the year-ago quarter where a quarter is named before, even with a month between', () => {
    expect(
      values('Third-quarter profit, reported in October, rose from the year-ago period.')[1],
    ).toContain('the year-ago period = 1992-Q3');
    expect(values('Net income rose 12% in September from the year-earlier quarter.')[1]).toContain(
      'the year-earlier quarter = 1992-Q3',
    );
  });

  it('keeps the year-ago quarter after a month of the sentence before, or one a span or a schedule runs to', () => {
    expect(
      values('The chairman retired in March. Profit rose 10% from the year-ago period.')[1],
    ).toContain('the year-ago period = 1992-Q3');
    expect(
      values('Results are due in November, up from 95 cents a share in the year-ago period.')[0],
    ).toContain('the year-ago period = 1992-Q3');
    expect(
      values('Profit for the year that ended in June rose 4% from the year-earlier level.')[1],
    ).not.toContain('year-earlier = 1992-06');
  });

  it('takes no "may" of its own sentence for a month\'s name', () => {
    const text =
      'Shipments fell in September. Analysts said output may be below the year-earlier level.';
    expect(values(text)[0]).toContain('year-earlier = 1992-Q3');
  });

  it('leaves "the year-earlier month" unread where no month is named before it', () => {
    expect(values('Sales rose 6% from the year-earlier month.')).toEqual([[], []]);
  });

  it('tells the kind from the words, the period named last and the text before', () => {
    expect(bareYearAgoKind('the year-ago quarter', 'month', 'Sales in May ')).toBe('year-ago');
    expect(bareYearAgoKind('the year-ago period', 'month', 'Sales in May ')).toBe('month');
    expect(bareYearAgoKind('the year-ago period', 'month', 'Q3 sales, out in May, ')).toBe(
      'year-ago',
    );
    expect(bareYearAgoKind('the year-ago period', undefined, 'Sales ')).toBe('year-ago');
    expect(bareYearAgoKind('the year-ago period', 'month', 'Out in May. Sales ')).toBe('year-ago');
    expect(bareYearAgoKind('the year-earlier month', undefined, 'Sales ')).toBeUndefined();
  });
});
