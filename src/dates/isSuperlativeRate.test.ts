import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSuperlativeRate } from './isSuperlativeRate.ts';

const NOVEMBER = { published: '2025-11-05', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, NOVEMBER).map((m) => [m.text, m.value]);
const timeml = (text: string) => findTimemlMentions(text, NOVEMBER).map((m) => [m.text, m.value]);

describe('a rate word after a superlative', () => {
  it.each([
    [
      'The index posted its biggest monthly loss since November 2022.',
      [['November 2022', '2022-11']],
    ],
    ['Oil notched its best weekly gain since July.', [['July', '2025-07']]],
    ['Bitcoin suffered its steepest daily drop in three years.', [['three years', 'P3Y']]],
    ['Shares had their worst monthly performance since 2008.', [['2008', '2008']]],
    ["The fund's biggest monthly outflow came in March.", [['March', '2025-03']]],
  ])('reads no set in "%s"', (text, found) => {
    expect(news(text)).toEqual(found);
    expect(timeml(text)).toEqual(found);
  });

  it.each([
    ['Tenants make monthly payments to the trust.', 'monthly', 'P1M'],
    ['Prices posted a sharp monthly decline.', 'monthly', 'P1M'],
    ['Borrowers owe the largest monthly payment in March.', 'monthly', 'P1M'],
    ['The paper publishes a weekly column on gardening.', 'weekly', 'P1W'],
  ])('keeps the set in "%s" (no superlative, or no figure ranked)', (text, words, value) => {
    expect(news(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it('takes no noun in "-est" for a superlative', () => {
    const text = 'the interest monthly loss';
    expect(isSuperlativeRate(text, 13, 20)).toBe(false);
  });
});
