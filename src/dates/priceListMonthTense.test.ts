import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { priceListMonthTense } from './priceListMonthTense.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string, published: string) => values(findMentions(text, at(published)));
const timeml = (text: string, published: string) => values(findTimemlMentions(text, at(published)));

describe('a month whose prices a producer sets', () => {
  it('reads "Saudi Aramco raised its April official selling prices" as the April to come', () => {
    const text = 'Saudi Aramco raised its April official selling prices for Asian buyers.';
    expect(news(text, '2026-03-05')).toEqual(['2026-04']);
    expect(timeml(text, '2026-03-05')).toEqual(['2026-04']);
  });

  it.each([
    ['Iraq cut its June prices for European refiners.', '2026-05-12', ['2026-06']],
    ['Kuwait raised its February selling price for its crude.', '2026-01-06', ['2026-02']],
    ["The producer kept Aramco's January OSPs unchanged.", '2026-12-03', ['2027-01']],
  ])('reads %j as the month ahead, in both readings', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
    expect(timeml(text, published)).toEqual(found);
  });

  it.each([
    ['Its April sales fell 3%, the retailer said.', '2026-05-12', ['2026-04']],
    ['The retailer raised its April sales forecast.', '2026-03-05', ['2025-04']],
    ['The company said its April prices were too low.', '2026-03-05', ['2025-04']],
    ['Saudi Aramco raised its September prices.', '2026-03-05', ['2025-09']],
  ])('keeps the tense of %j', (text, published, found) => {
    expect(news(text, published)).toEqual(found);
  });

  it('passes the tense on without an owner before the month', () => {
    expect(priceListMonthTense('raised its ', ' prices', 4, '2026-03-05', 'past')).toBe('future');
    expect(priceListMonthTense('raised ', ' prices', 4, '2026-03-05', 'past')).toBe('past');
  });
});
