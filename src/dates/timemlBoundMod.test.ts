import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/mention.ts';
import { timemlBoundMod } from './timemlBoundMod.ts';

function mention(text: string, type: Mention['type'], mod?: Mention['mod']): Mention {
  return {
    text,
    start: 0,
    end: text.length,
    type,
    value: 'P1Y',
    granularity: 'span',
    anchor: { kind: 'published', date: '2000-01-07' },
    ...(mod ? { mod } : {}),
  };
}

describe('timemlBoundMod', () => {
  it('gives a bounded duration the bound as a quantity', () => {
    expect(timemlBoundMod(mention('more than a year', 'DURATION'))).toBe('MORE_THAN');
    expect(timemlBoundMod(mention('under two weeks', 'DURATION'))).toBe('LESS_THAN');
    expect(timemlBoundMod(mention('at least three months', 'DURATION'))).toBe('EQUAL_OR_MORE');
    expect(timemlBoundMod(mention('up to 60 days', 'DURATION'))).toBe('EQUAL_OR_LESS');
  });

  it('gives a bounded point counted back the side it lies on', () => {
    expect(timemlBoundMod(mention('more than two years ago', 'DATE'))).toBe('BEFORE');
    expect(timemlBoundMod(mention('at least two years ago', 'DATE'))).toBe('ON_OR_BEFORE');
    expect(timemlBoundMod(mention('no more than a year ago', 'DATE'))).toBe('ON_OR_AFTER');
  });

  it('keeps a mod the mention already has, and gives none without a bound', () => {
    expect(timemlBoundMod(mention('nearly two decades', 'DURATION', 'APPROX'))).toBe('APPROX');
    expect(timemlBoundMod(mention('two years', 'DURATION'))).toBeUndefined();
    expect(timemlBoundMod(mention('over the weekend', 'DATE'))).toBeUndefined();
  });
});
