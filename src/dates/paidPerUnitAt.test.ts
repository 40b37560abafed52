import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { paidPerUnitAt } from './paidPerUnitAt.ts';

// Wednesday 9 September 2026.
const SEPTEMBER = { published: '2026-09-09', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, SEPTEMBER).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, SEPTEMBER).map((m) => `${m.text} ${m.value}`);

describe('the unit of a price before "after" or "before"', () => {
  it('finds the unit after a sum paid', () => {
    const text = 'Subscribers pay £10 a month after the first year.';
    expect(paidPerUnitAt(text, text.indexOf('a month'))).toBe(true);
  });

  it('reads no count from the introductory period in a subscription’s price', () => {
    const text = 'The plan costs $30 a month after a three-month introductory period.';
    expect(news(text)).toEqual(['three-month P3M']);
    expect(timeml(text)).toEqual(['three-month P3M']);
  });

  it('reads no date in a wage before tax nor a price after a promotion', () => {
    expect(news('Workers earn $500 a week before tax.')).toEqual([]);
    expect(timeml('Workers earn $500 a week before tax.')).toEqual([]);
    expect(news('The tier is priced at $14.99 a month after the promotion ends.')).toEqual([]);
    expect(news('It costs 99p a week after the first month.')).toEqual([]);
  });

  it('keeps a count after a level a price reaches, and one after no sum', () => {
    expect(timeml('Shares rose to $40 a month after the listing.')).toEqual(['a month P1M']);
    expect(timeml('A month after the launch, sales slumped.')).toEqual(['A month P1M']);
  });
  it('keeps a count after a price a thing is sold or valued at, and a rate’s unit after “just”', () => {
    expect(timeml('The house sold for $500,000 a year after it was listed.')).toEqual([
      'a year P1Y',
    ]);
    expect(timeml('The startup was valued at only $2 million a year after its founding.')).toEqual([
      'a year P1Y',
    ]);
    expect(timeml('She bought the stock for $30 a week before the crash.')).toEqual(['a week P1W']);
    expect(news('The plan costs just $5 a month after the trial ends.')).toEqual([]);
  });
});
