import { describe, expect, it } from 'vitest';
import type { DatedPassage } from './findPassages.ts';
import type { Happening } from './Happening.ts';
import { JOIN_MUTUAL, joinMutualBest } from './joinMutualBest.ts';

/** A happening dated by a TIMEX value, as the resolver gives it: a day, "2025-02", a stretch "A/B". */
const happening = (name: string, article: string, value: string, start = value, end = start) =>
  ({
    dated: [{ article, quote: name, mention: { value }, range: { start, end } } as DatedPassage],
    undated: [],
  }) as Happening;
const names = (list: Happening[]) => list.map((h) => h.dated.map((p) => p.quote).join('+'));
/** Likeness given by pairs of names, in either order; anything else is 0. */
const alike =
  (pairs: Record<string, number>) =>
  (a: Happening, b: Happening): number => {
    const [x, y] = [a.dated[0]!.quote, b.dated[0]!.quote];
    return pairs[`${x}|${y}`] ?? pairs[`${y}|${x}`] ?? 0;
  };

describe('joinMutualBest', () => {
  it('joins happenings of different articles on the same date that are each other’s best match', () => {
    const list = [
      happening('a', 'x', '2025-W33', '2025-08-11', '2025-08-17'),
      happening('b', 'y', '2025-W33', '2025-08-11', '2025-08-17'),
    ];
    expect(names(joinMutualBest(list, alike({ 'a|b': JOIN_MUTUAL })))).toEqual(['a+b']);
  });

  it('leaves a happening whose best match likes another one better', () => {
    const list = [
      happening('a', 'x', '2025-08-06'),
      happening('b', 'y', '2025-08-06'),
      happening('c', 'z', '2025-08-06'),
    ];
    const joined = joinMutualBest(list, alike({ 'a|b': 0.2, 'b|c': 0.5 }));
    expect(names(joined)).toEqual(['a', 'b+c']);
  });

  it('joins each happening once, so that joins do not chain', () => {
    const list = [
      happening('a', 'x', '2025-08-06'),
      happening('b', 'y', '2025-08-06'),
      happening('c', 'z', '2025-08-06'),
    ];
    // Once b+c is one, a would be its best partner: it is left for an editor to join.
    const joined = joinMutualBest(list, alike({ 'a|b': 0.2, 'b|c': 0.5, 'a|c': 0.1 }));
    expect(names(joined)).toEqual(['a', 'b+c']);
  });

  it('joins a day with a stretch of days it lies within, as the same date', () => {
    const list = [
      happening('a', 'x', '2025-03-04'),
      happening('b', 'y', '2025-03-03/2025-03-05', '2025-03-03', '2025-03-05'),
    ];
    expect(names(joinMutualBest(list, alike({ 'a|b': JOIN_MUTUAL })))).toEqual(['a+b']);
  });

  it('never joins different dates, dates that merely overlap, one article, or words barely alike', () => {
    const cases: Happening[][] = [
      [happening('a', 'x', '2025-08-06'), happening('b', 'y', '2025-08-07')],
      [
        happening('a', 'x', '2025-02', '2025-02-01', '2025-02-28'),
        happening('b', 'y', '2025', '2025-01-01', '2025-12-31'),
      ],
      [happening('a', 'x', '2025-08-06'), happening('b', 'x', '2025-08-06')],
    ];
    for (const list of cases) {
      expect(names(joinMutualBest(list, alike({ 'a|b': 0.9 })))).toEqual(['a', 'b']);
    }
    const weak = [happening('a', 'x', '2025-08-06'), happening('b', 'y', '2025-08-06')];
    expect(names(joinMutualBest(weak, alike({ 'a|b': JOIN_MUTUAL / 2 })))).toEqual(['a', 'b']);
  });
});
