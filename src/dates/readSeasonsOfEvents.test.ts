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

  it('reads "Hospital chiefs fear the winter of discontent to come", said on 5 October 2026, as 2026-WI', () => {
    for (const found of seasons(
      'Hospital chiefs fear the winter of discontent to come.',
      '2026-10-05',
    ))
      expect(found).toEqual([['winter', '2026-WI']]);
  });

  it('reads "Ministers fear a spring of unrest to come", said on 10 February 2026, as 2026-SP', () => {
    for (const found of seasons('Ministers fear a spring of unrest to come.', '2026-02-10'))
      expect(found).toEqual([['spring', '2026-SP']]);
  });

  it('reads "After an autumn of walkouts, the union finally settled", said on 15 January 2027, as 2026-FA', () => {
    for (const found of seasons(
      'After an autumn of walkouts, the union finally settled.',
      '2027-01-15',
    ))
      expect(found).toEqual([['autumn', '2026-FA']]);
  });

  it('keeps "the winter of discontent" with nothing to come after it as the winter told by tense', () => {
    for (const found of seasons('Unions recalled the winter of discontent.', '2026-10-05'))
      expect(found).toEqual([['the winter', '2025-WI']]);
  });

  it('reads no season in a season to come that is supposed or a spring of water', () => {
    for (const found of seasons(
      'If there is a summer of unrest ahead, the economy will suffer.',
      '2026-04-20',
    ))
      expect(found).toEqual([]);
    for (const found of seasons('Walkers found a spring of water ahead.', '2026-04-20'))
      expect(found).toEqual([]);
  });

  it('reads no season in "A winter of rain ahead would flood the valleys", said on 5 October 2026, a season supposed by the "would" it is subject of; "the spring of strikes ahead would be long" stays 2026-SP', () => {
    for (const found of seasons('A winter of rain ahead would flood the valleys.', '2026-10-05'))
      expect(found).toEqual([]);
    for (const found of seasons(
      'Unions warned that the spring of strikes ahead would be long.',
      '2026-02-10',
    ))
      expect(found).toEqual([['spring', '2026-SP']]);
  });
});

describe('a season of a noun of trouble', () => {
  it('reads "It has been a summer of scandal in Washington", said on 16 September 1998, as 1998-SU', () => {
    expect(seasons('It has been a summer of scandal in Washington.', '1998-09-16')).toEqual([
      [['summer', '1998-SU']],
      [['summer', '1998-SU']],
    ]);
  });

  it('reads "The club is still recovering from a summer of turmoil", said on 18 February 2026, as 2025-SU', () => {
    expect(seasons('The club is still recovering from a summer of turmoil.', '2026-02-18')).toEqual(
      [[['summer', '2025-SU']], [['summer', '2025-SU']]],
    );
  });

  it('reads "Rail passengers face a winter of disruption as drivers strike", said on 4 November 2026, as 2026-WI', () => {
    expect(
      seasons('Rail passengers face a winter of disruption as drivers strike.', '2026-11-04'),
    ).toEqual([[['winter', '2026-WI']], [['winter', '2026-WI']]]);
  });

  it('leaves "a summer of love", the allusion of "a winter of discontent" and a supposed season unread', () => {
    expect(seasons('They spent a summer of love in Paris.', '2026-07-15')).toEqual([[], []]);
    expect(
      seasons(
        'Union leaders recalled a winter of discontent that brought down a government.',
        '2026-09-20',
      ),
    ).toEqual([[], []]);
    expect(
      seasons('If there is a winter of disruption, the government will fall.', '2026-07-15'),
    ).toEqual([[], []]);
  });
});
