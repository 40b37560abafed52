import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const seasons = (text: string, published: string, locale: 'en-GB' | 'en-US') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale })
      .map((m) => [m.text, m.value])
      .filter(([words]) => /spring|summer|autumn|fall|winter/i.test(words!)),
  );

describe('a season set as a deadline for a wish, a need or a plan', () => {
  it.each<[string, string, 'en-GB' | 'en-US', string, string]>([
    [
      'The trust wants the new wing open before the winter.',
      '2026-01-15',
      'en-GB',
      'the winter',
      '2026-WI',
    ],
    [
      'The team hopes to sign a new striker before the fall.',
      '2026-05-19',
      'en-US',
      'the fall',
      '2026-FA',
    ],
    [
      'Ministers need the new rules in place by the spring.',
      '2026-10-20',
      'en-GB',
      'the spring',
      '2027-SP',
    ],
  ])('reads %j (said on %s, %s) as the season to come', (text, published, locale, words, value) => {
    for (const found of seasons(text, published, locale)) expect(found).toEqual([[words, value]]);
  });

  it('reads "The old wing closed before the winter" said in January as the winter under way', () => {
    for (const found of seasons('The old wing closed before the winter.', '2026-01-15', 'en-GB'))
      expect(found).toEqual([['the winter', '2025-WI']]);
  });

  it('reads "The airline needs more pilots. It cut 40 routes before the winter, and more cuts followed." said in January as the winter under way', () => {
    for (const found of seasons(
      'The airline needs more pilots. It cut 40 routes before the winter, and more cuts followed.',
      '2026-01-15',
      'en-GB',
    ))
      expect(found).toEqual([['the winter', '2025-WI']]);
  });

  it('reads "Plans for the bridge were abandoned before the winter" said in February as the winter under way', () => {
    for (const found of seasons(
      'Plans for the bridge were abandoned before the winter.',
      '2026-02-10',
      'en-GB',
    ))
      expect(found).toEqual([['the winter', '2025-WI']]);
  });

  it.each<[string, 'en-GB' | 'en-US']>([
    ['The jockey, who hopes to ride again soon, had won five races before the fall.', 'en-US'],
    ['The team hopes to leave before the fall of Kabul.', 'en-US'],
    ['The jockey wants to ride again after being hurt by the fall.', 'en-GB'],
  ])('reads no season in %j (said on 15 January 2026)', (text, locale) => {
    for (const found of seasons(text, '2026-01-15', locale)) expect(found).toEqual([]);
  });
});
