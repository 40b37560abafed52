import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on Thursday 26 October 1989.
const OPTIONS = { published: '1989-10-26', locale: 'en-US' } as const;

/** Every news mention as [text, value, mod]. */
function news(text: string): [string, string, string | undefined][] {
  return findMentions(text, OPTIONS).map((m) => [m.text, m.value, m.mod]);
}

/** Every TimeML mention as [text, value, mod]. */
function timeml(text: string): [string, string, string | undefined][] {
  return findTimemlMentions(text, OPTIONS).map((m) => [m.text, m.value, m.mod]);
}

describe('"year end" and "month end" written open after a preposition', () => {
  it('reads "The group expects to complete the financing by year end" as the end of 1989', () => {
    const text = 'The group expects to complete the financing by year end.';
    expect(news(text)).toEqual([['year end', '1989', 'END']]);
    expect(timeml(text)).toEqual([['year end', '1989', 'END']]);
  });

  it('reads "The plant will be closed at year end, the company said" as "at year-end" is', () => {
    expect(timeml('The plant will be closed at year end, the company said.')).toEqual([
      ['year end', '1989', 'END'],
    ]);
  });

  it('reads "Payment is due by month end" as the end of the month of publication', () => {
    expect(timeml('Payment is due by month end.')).toEqual([['month end', '1989-10', 'END']]);
  });

  it('reads "by year end or early next year" as two dates', () => {
    expect(timeml('The unit will be sold by year end or early next year.')).toEqual([
      ['year end', '1989', 'END'],
      ['early next year', '1990', 'START'],
    ]);
  });

  it('does not read "year end" before a noun it modifies ("at year end bonus time")', () => {
    expect(news('Staff are paid at year end bonus time.')).toEqual([]);
  });

  it('leaves "by year end 1990" to the year written', () => {
    expect(timeml('The debt must be repaid by year end 1990.')).toEqual([
      ['1990', '1990', undefined],
    ]);
  });

  it('leaves "by year end in 1991" and "at year end of 1988" to the year written', () => {
    expect(news('The company expects to turn a profit by year end in 1991.')).toEqual([
      ['1991', '1991', undefined],
    ]);
    expect(news('Assets at year end of 1988 totaled $2 billion.')).toEqual([
      ['1988', '1988', undefined],
    ]);
  });
});
