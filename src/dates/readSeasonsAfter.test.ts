import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const seasons = (text: string, published: string, locale: 'en-GB' | 'en-US') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale })
      .map((m) => [m.text, m.value])
      .filter(([words]) => /spring|summer|autumn|fall|winter/i.test(words!)),
  );

describe('a season graded after "after a" or "following a"', () => {
  it.each<[string, string, 'en-GB' | 'en-US', string, string]>([
    [
      'After a scorching summer, reservoirs are at record lows.',
      '2026-09-14',
      'en-GB',
      'summer',
      '2026-SU',
    ],
    [
      'Retailers are hoping for better trading after a tough spring.',
      '2026-06-10',
      'en-GB',
      'spring',
      '2026-SP',
    ],
    [
      'After a wet winter, farmers are weeks behind with planting.',
      '2026-04-02',
      'en-GB',
      'winter',
      '2025-WI',
    ],
    [
      'After a mild fall, ski resorts are still waiting for snow.',
      '2026-12-01',
      'en-US',
      'fall',
      '2026-FA',
    ],
    [
      'The market picked up this month following a sluggish spring.',
      '2026-06-22',
      'en-GB',
      'spring',
      '2026-SP',
    ],
    [
      'Hotels are half empty after a poor summer tourist season.',
      '2026-09-14',
      'en-US',
      'summer',
      '2026-SU',
    ],
  ])(
    'reads %j (said on %s, %s) as the last season begun',
    (text, published, locale, words, value) => {
      for (const found of seasons(text, published, locale)) expect(found).toEqual([[words, value]]);
    },
  );

  it.each<[string, 'en-GB' | 'en-US']>([
    ['After a second spring in the Alps, the pair moved home.', 'en-GB'],
    ['After a hard fall, the jockey was taken to hospital.', 'en-GB'],
    ['The skier was airlifted to hospital after a horrible fall.', 'en-US'],
    ['Shares rebounded after a steady fall in prices.', 'en-US'],
    ['The actor is making a comeback after a long fall from grace.', 'en-US'],
    ['After a hot spring, the hikers rested in the lodge.', 'en-US'],
    ['After a long winter day, the crowds left the square.', 'en-GB'],
    ['Farmers expect lower prices after a record winter wheat crop.', 'en-US'],
    ['After a tough spring, the shop will close for a month.', 'en-GB'],
    ['After a wet spring in 2024, the harvest was late.', 'en-GB'],
    ['After a Hard Winter won the prize for best debut.', 'en-GB'],
  ])('reads no season in %j (said on 14 September 2026)', (text, locale) => {
    for (const found of seasons(text, '2026-09-14', locale))
      expect(found.filter(([words]) => !/2024/.test(words!))).toEqual([]);
  });

  it('reads "After a quiet winter, the market now usually opens at 8am" as the winter gone by, the habit told as it is now', () => {
    const text = 'After a quiet winter, the market now usually opens at 8am.';
    for (const found of seasons(text, '2026-04-29', 'en-GB'))
      expect(found).toEqual([['winter', '2025-WI']]);
    const ferry = 'After a busy summer, the ferry now usually runs only on weekends.';
    for (const found of seasons(ferry, '2026-09-30', 'en-US'))
      expect(found).toEqual([['summer', '2026-SU']]);
  });

  it('leaves a season after "after a" beside a habit not told as it is now, or a year', () => {
    for (const found of seasons(
      'After a busy summer, the team usually rests in September.',
      '2026-09-30',
      'en-GB',
    ))
      expect(found).toEqual([]);
    for (const found of seasons(
      'After a wet spring, farmers now usually plant in May, as they did in 2019.',
      '2026-09-30',
      'en-GB',
    ))
      expect(found).toEqual([]);
  });
});

describe('a season graded after "after a" in a sentence told with hope', () => {
  it.each<[string, string, string]>([
    [
      'Retailers are hoping for a holiday season of strong sales after a dismal summer.',
      'summer',
      '1989-SU',
    ],
    ['Retailers are hoping for strong sales after a bad summer.', 'summer', '1989-SU'],
  ])('reads "%s", said on 2 November 1989, as the %s gone by', (text, word, value) => {
    expect(seasons(text, '1989-11-02', 'en-US')).toEqual([[[word, value]], [[word, value]]]);
  });

  it('reads "Farmers are bracing for a bad winter" by its tense still', () => {
    expect(seasons('Farmers are bracing for a bad winter.', '1989-11-02', 'en-US')).toEqual([
      [['winter', '1989-WI']],
      [['winter', '1989-WI']],
    ]);
  });
});
