import { describe, expect, it } from 'vitest';
import { DEED_WORD } from './deedWord.ts';

// The words of a deed, each with the space after it, and nothing else.
const DEED = new RegExp(`^(?:${DEED_WORD})+$`);

describe('a word of a deed', () => {
  it.each(['complete the sale ', 'cut 2,000 jobs ', "pay the company's $1.50 dividend "])(
    'takes "%s" as the words of a deed',
    (words) => {
      expect(DEED.test(words)).toBe(true);
    },
  );

  it.each(['oversee the vote were appointed ', 'watch whether sales fell ', 'sell it and '])(
    'takes no word of another clause in "%s"',
    (words) => {
      expect(DEED.test(words)).toBe(false);
    },
  );
});
