import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { lastStretchBeforeFeast } from './lastStretchBeforeFeast.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const christmas = (found: { text: string; value: string }[]) =>
  found.filter((m) => m.text === 'Christmas').map((m) => m.value);

describe('a feast named after the last stretch of days or weeks before it', () => {
  it('reads "Retailers hope for a strong finish in the last two weeks before Christmas", said on 11 December 1989, as 1989-12-25', () => {
    const text = 'Retailers hope for a strong finish in the last two weeks before Christmas.';
    expect(christmas(findMentions(text, on('1989-12-11')))).toEqual(['1989-12-25']);
    expect(christmas(findTimemlMentions(text, on('1989-12-11')))).toEqual(['1989-12-25']);
  });

  it('guard: keeps "Sales in the last two weeks before Christmas rose 5%", said on 8 January 1990 out of the run-up, the one gone by, as without the rule', () => {
    const text = 'Sales in the last two weeks before Christmas rose 5%.';
    expect(lastStretchBeforeFeast(text, text.indexOf('Christmas'))).toBe(true);
    expect(christmas(findMentions(text, on('1990-01-08')))).toEqual(['1989-12-25']);
    expect(christmas(findTimemlMentions(text, on('1990-01-08')))).toEqual(['1989-12-25']);
  });

  it('guard: keeps "Retailers said sales in the last two weeks before Christmas were weaker than expected", said on 15 August 1989 out of the run-up, as 1988-12-25, as without the rule (review)', () => {
    const text =
      'Retailers said sales in the last two weeks before Christmas were weaker than expected.';
    expect(christmas(findMentions(text, on('1989-08-15')))).toEqual(['1988-12-25']);
    expect(christmas(findTimemlMentions(text, on('1989-08-15')))).toEqual(['1988-12-25']);
  });

  it('reads "the final 10 days before Christmas" and "the last few shopping days before Christmas" in their run-up as the coming one', () => {
    for (const text of [
      'Stores make a third of their profit in the final 10 days before Christmas.',
      'Shoppers crowded the malls in the last few shopping days before Christmas.',
    ]) {
      expect(christmas(findMentions(text, on('1989-12-11')))).toEqual(['1989-12-25']);
    }
  });

  it('still reads "Last year the last two weeks before Christmas brought a third of sales", said on 20 November 1989, as 1988-12-25', () => {
    const text = 'Last year the last two weeks before Christmas brought a third of sales.';
    expect(christmas(findMentions(text, on('1989-11-20')))).toEqual(['1988-12-25']);
    expect(lastStretchBeforeFeast(text, text.indexOf('Christmas'))).toBe(false);
  });

  it('needs "last" or "final" with days or weeks, and "before"', () => {
    const at = (text: string) => lastStretchBeforeFeast(text, text.indexOf('Christmas'));
    expect(at('in the last two weeks before Christmas')).toBe(true);
    expect(at('in the last week before Christmas')).toBe(true);
    expect(at('in the two weeks before Christmas')).toBe(false);
    expect(at('Sales have slowed since last Christmas')).toBe(false);
    expect(at('in the last two weeks after Christmas')).toBe(false);
  });
});
