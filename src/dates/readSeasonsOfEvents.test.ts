import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const seasons = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' })
      .filter((m) => /spring|summer|autumn|fall|winter/i.test(m.text))
      .map((m) => [m.text, m.value]),
  );

describe('a season "of" the things it was full of', () => {
  it.each([
    [
      'After a summer of strikes, rail unions are balloting their members again.',
      '2022-09-20',
      'summer',
      '2022-SU',
    ],
    [
      'Hospitals are still recovering from a chaotic winter of walkouts.',
      '2023-03-15',
      'winter',
      '2022-WI',
    ],
    ['The capital saw another spring of protests.', '2026-07-01', 'spring', '2026-SP'],
    ['The union warned of a summer of strikes.', '2026-06-02', 'summer', '2026-SU'],
    ['Farmers fear a winter of losses after the drought.', '2026-08-20', 'winter', '2026-WI'],
    [
      'Ministers are bracing for a winter of walkouts across the NHS.',
      '2026-10-05',
      'winter',
      '2026-WI',
    ],
  ])(
    'reads %j (said on %s) as the season by tense in both readings',
    (text, published, words, value) => {
      for (const found of seasons(text, published)) expect(found).toEqual([[words, value]]);
    },
  );

  it.each([
    ['The festival promises a summer of fun.', '2026-06-02'],
    ['A summer of strikes would cripple the railways.', '2026-06-02'],
    ['If there is a winter of walkouts, operations will be cancelled.', '2026-06-02'],
    ['She drank from a spring of fresh waters.', '2026-06-02'],
    ['A Summer of Thieves opens at the Globe.', '2026-06-02'],
    ['Climbers were caught in a fall of rocks.', '2026-06-02'],
    ['The museum recalls a summer of protests in 1968.', '2026-06-02'],
    ['Every year brings a summer of festivals to the town.', '2026-06-02'],
    ['It took a summer of weeks to finish.', '2026-06-02'],
  ])('reads no season in %j (said on %s)', (text, published) => {
    for (const found of seasons(text, published)) expect(found).toEqual([]);
  });
});
