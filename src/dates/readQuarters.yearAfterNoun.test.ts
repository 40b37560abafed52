import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1989-10-26', locale: 'en-US' as const };

const both = (text: string, phrase: string) =>
  [findMentions(text, options), findTimemlMentions(text, options)].map(
    (list) => list.find((m) => m.text.includes(phrase))?.value,
  );

describe('readQuarters: a comparison with its year after the noun', () => {
  it('reads "from the same period of 1988" after third-quarter profit as 1988-Q3', () => {
    const text = 'Third-quarter net income rose 15% from the same period of 1988.';
    expect(both(text, 'the same period of 1988')).toEqual(['1988-Q3', '1988-Q3']);
  });

  it('reads "the comparable period of 1988" after a half as that half of 1988', () => {
    const text = 'Sales in the first half rose 9% over the comparable period of 1988.';
    expect(both(text, 'the comparable period of 1988')).toEqual(['1988-H1', '1988-H1']);
  });

  it('reads "the same period in 1988" after a month as that month of 1988', () => {
    const text = 'Revenue in September was up 4% from the same period in 1988.';
    expect(both(text, 'the same period in 1988')).toEqual(['1988-09', '1988-09']);
  });

  it('takes "the three months ended in September" as a quarter, not its closing month', () => {
    const text =
      "The bank's profit fell in the three months ended in September from the like period of 1988.";
    expect(both(text, 'the like period of 1988')).toEqual(['1988-Q3', '1988-Q3']);
  });

  it('leaves a year after "the same period" that is a range or names no comparison', () => {
    expect(both('Sales rose from the same period of 1988-89.', 'period')).toEqual([
      undefined,
      undefined,
    ]);
    expect(both('The same problems of 1988 came back.', '1988')).toEqual(['1988', '1988']);
  });
});
