import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { monthNamedAfterSpan, monthsComparedWith } from './monthsComparedWith.ts';

const options = { published: '1989-11-02', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('the year-earlier period after a span of months', () => {
  it('reads "the year-earlier period" after "the nine months", said on 2 November 1989, as P9M', () => {
    const text =
      'For the nine months, net was $130.2 million, up from $118.9 million in the year-earlier period.';
    expect(readTimeml(text)).toEqual(['the nine months = P9M', 'the year-earlier period = P9M']);
    expect(read(text)).toContain('the year-earlier period = P9M');
  });

  it('reads "the year-ago period" after "nine-month net", said on 2 November 1989, as P9M', () => {
    expect(readTimeml('Nine-month net fell 5% from the year-ago period.')).toContain(
      'the year-ago period = P9M',
    );
  });

  it('reads "the year-earlier period" in the sentence after "the first nine months" as P9M', () => {
    expect(
      readTimeml(
        'In the first nine months, profit rose 8% to $2.1 billion. Sales were $40 billion, against $36 billion in the year-earlier period.',
      ),
    ).toContain('the year-earlier period = P9M');
  });

  it('keeps "the year-earlier period" 1988-Q3 when a quarter is named after the nine months', () => {
    expect(
      readTimeml(
        'For the nine months, net rose. Third-quarter net fell 5% from the year-earlier period.',
      ),
    ).toContain('the year-earlier period = 1988-Q3');
  });

  it('keeps "the year-earlier quarter" 1988-Q3 after "the nine months", its own noun a quarter', () => {
    expect(
      readTimeml('For the nine months, net rose 3%; it fell 5% from the year-earlier quarter.'),
    ).toContain('the year-earlier quarter = 1988-Q3');
  });

  it('keeps "the year-earlier period" 1988-Q3 after "the three months", a quarter', () => {
    expect(readTimeml('For the three months, net fell 5% from the year-earlier period.')).toContain(
      'the year-earlier period = 1988-Q3',
    );
  });

  it('does not take "nine months ago" for the span compared with', () => {
    expect(monthsComparedWith('The plant, closed nine months ago, earned less than in ')).toBe(
      undefined,
    );
  });

  it('keeps "the year-earlier period" 1988-Q3 after "a six-month strike", no figure\'s span', () => {
    expect(
      readTimeml(
        'Despite a six-month strike at its Ohio plant, the company said net fell 5% from the year-earlier period.',
      ),
    ).toContain('the year-earlier period = 1988-Q3');
    expect(monthsComparedWith('After six months of talks, net fell 5% from ')).toBe(undefined);
  });

  it('takes October in "in the first 10 months. Exports in October fell from" for the month compared, and not a dateline\'s Nov. 10 or "may"', () => {
    expect(
      monthNamedAfterSpan('in the first 10 months. Exports in October fell 5 percent from '),
    ).toBe(true);
    expect(
      monthNamedAfterSpan('BEIJING, Nov. 10 (Xinhua) -- Exports in the first 10 months rose from '),
    ).toBe(false);
    expect(monthNamedAfterSpan('in the first 10 months, and exports may fall from ')).toBe(false);
  });
});
