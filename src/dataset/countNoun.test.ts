import { describe, expect, it } from 'vitest';
import { countNoun } from './countNoun.ts';

describe('countNoun', () => {
  it('uses the singular for exactly one', () => {
    expect(countNoun(1, 'article')).toBe('1 article');
  });

  it('uses the plural for none and for many', () => {
    expect(countNoun(0, 'quote')).toBe('0 quotes');
    expect(countNoun(27, 'event')).toBe('27 events');
  });

  it('takes an irregular plural when given one', () => {
    expect(countNoun(2, 'entry', 'entries')).toBe('2 entries');
    expect(countNoun(1, 'entry', 'entries')).toBe('1 entry');
  });
});
