import { describe, expect, it } from 'vitest';
import type { BenchCase, Finder } from './scoreBenchmark.ts';
import { f1, scoreBenchmark } from './scoreBenchmark.ts';

const text = 'Talks open on Friday in Geneva.';
const at = (words: string) => ({
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
});
const onFriday: BenchCase = {
  id: 'x',
  text,
  published: '2025-08-06',
  locale: 'en-US',
  complete: true,
  gold: [{ expression: 'on Friday', type: 'DATE', value: '2025-08-08', category: 'weekday' }],
};
const finding =
  (...found: ReturnType<Finder>): Finder =>
  () =>
    found;
const friday = { type: 'DATE' as const, value: '2025-08-08' };

describe('scoreBenchmark', () => {
  it('counts a mention right when its span is the gold span without the leading preposition', () => {
    const score = scoreBenchmark([onFriday], finding({ ...at('Friday'), ...friday }));
    expect(score.overall).toEqual({ right: 1, total: 1 });
  });

  it('counts a mention wrong when it only overlaps the gold span, though the loose figure keeps it', () => {
    const score = scoreBenchmark([onFriday], finding({ ...at('Friday in Geneva'), ...friday }));
    expect(score.overall).toEqual({ right: 0, total: 1 });
    expect(score.loose).toEqual({ right: 1, total: 1 });
  });

  it('counts a mention wrong when its mod differs from the gold mod', () => {
    const score = scoreBenchmark(
      [onFriday],
      finding({ ...at('on Friday'), ...friday, mod: 'AFTER' }),
    );
    expect(score.overall.right).toBe(0);
    const withMod: BenchCase = { ...onFriday, gold: [{ ...onFriday.gold[0]!, mod: 'AFTER' }] };
    expect(
      scoreBenchmark([withMod], finding({ ...at('on Friday'), ...friday, mod: 'AFTER' })).overall
        .right,
    ).toBe(1);
  });

  it('counts an extra mention against precision', () => {
    const score = scoreBenchmark(
      [onFriday],
      finding({ ...at('on Friday'), ...friday }, { ...at('Geneva'), type: 'DATE', value: '2025' }),
    );
    expect(score.precision).toEqual({ right: 1, total: 2 });
    expect(f1(score.overall, score.precision)).toBeCloseTo(2 / 3);
  });

  it('leaves partly labelled texts out of precision', () => {
    const partial = { ...onFriday, complete: false };
    const score = scoreBenchmark(
      [partial],
      finding({ ...at('Geneva'), type: 'DATE', value: '2025' }),
    );
    expect(score.precision).toEqual({ right: 0, total: 0 });
  });
});
