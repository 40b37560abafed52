import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on Thursday 26 October 1989.
const OPTIONS = { published: '1989-10-26', locale: 'en-US' } as const;

/** Every TimeML mention as [text, value, type]. */
function timeml(text: string): [string, string, string][] {
  return findTimemlMentions(text, OPTIONS).map((m) => [m.text, m.value, m.type]);
}

/** Every news mention as [text, value]. */
function news(text: string): [string, string][] {
  return findMentions(text, OPTIONS).map((m) => [m.text, m.value]);
}

describe('a span up to now told by "latest", "most recent", "trailing" or "prior"', () => {
  it('reads "Sales in the latest 12 months totaled $3.1 billion" as "the past 12 months" is', () => {
    expect(timeml('Sales in the latest 12 months totaled $3.1 billion.')).toEqual([
      ['the latest 12 months', 'P12M', 'DURATION'],
    ]);
  });

  it('reads "the most recent 12 months" whole in TimeML mode and no PAST_REF in the news reading', () => {
    const text = 'Sales in the most recent 12 months totaled $3.1 billion.';
    expect(timeml(text)).toEqual([['the most recent 12 months', 'P12M', 'DURATION']]);
    expect(news(text)).toEqual([['12 months', 'P12M']]);
  });

  it('reads "the trailing 12 months" and "the prior three years" with their words', () => {
    expect(timeml('The stock trades at 11 times earnings for the trailing 12 months.')).toEqual([
      ['the trailing 12 months', 'P12M', 'DURATION'],
    ]);
    expect(timeml('Sales rose 4% a year in the prior three years.')).toEqual([
      ['the prior three years', 'P3Y', 'DURATION'],
    ]);
  });

  it('takes these words only after "the" ("Its latest 10 years were hard")', () => {
    expect(timeml('Its latest 10 years were hard.')).toEqual([['10 years', 'P10Y', 'DURATION']]);
  });

  it('still reads "a recent poll" and "in recent weeks" as before', () => {
    expect(news('A recent poll showed support.')).toEqual([['recent', 'PAST_REF']]);
    expect(timeml('In recent weeks, prices fell.')).toEqual([['recent weeks', 'PXW', 'DURATION']]);
  });

  it('still reads "recent" before a count of no time ("A recent 5 percent drop hurt margins")', () => {
    expect(news('A recent 5 percent drop in prices hurt margins.')).toEqual([
      ['recent', 'PAST_REF'],
    ]);
  });
});
