import { describe, expect, it } from 'vitest';
import { toCodePointOffset, toUtf16Offset } from './codePointOffsets.ts';

const text = 'a😀b “c” 👍🏽 d';

describe('toCodePointOffset', () => {
  it('is the UTF-16 offset itself in text without astral characters', () => {
    expect(toCodePointOffset('Putin met “Witkoff”', 12)).toBe(12);
  });

  it('counts a surrogate pair as one character', () => {
    expect(toCodePointOffset(text, text.indexOf('b'))).toBe(2);
    expect(toCodePointOffset(text, text.indexOf('d'))).toBe([...text].indexOf('d'));
  });
});

describe('toUtf16Offset', () => {
  it('undoes toCodePointOffset at every character boundary', () => {
    let utf16 = 0;
    for (const character of [...text, '']) {
      expect(toUtf16Offset(text, toCodePointOffset(text, utf16))).toBe(utf16);
      utf16 += character.length;
    }
  });

  it('returns null for a position past the end of the text', () => {
    expect(toUtf16Offset('abc', 3)).toBe(3);
    expect(toUtf16Offset('abc', 4)).toBeNull();
  });
});
