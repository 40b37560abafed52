import { describe, expect, it } from 'vitest';
import { phraseStart } from './phraseStart.ts';

describe('phraseStart', () => {
  const text = 'on Friday, and again on Friday';
  it('finds the first occurrence of a phrase', () => {
    expect(phraseStart(text, 'Friday', 1)).toBe(3);
  });
  it('finds the second occurrence after the first', () => {
    expect(phraseStart(text, 'Friday', 2)).toBe(24);
  });
  it('gives -1 for a phrase not in the text, or not there as often as asked', () => {
    expect(phraseStart(text, 'Monday', 1)).toBe(-1);
    expect(phraseStart(text, 'Friday', 3)).toBe(-1);
  });
});
