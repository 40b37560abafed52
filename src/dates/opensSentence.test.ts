import { describe, expect, it } from 'vitest';
import { OPENS_SENTENCE } from './opensSentence.ts';

describe('the words before a date that opens its sentence', () => {
  it.each(['', 'On ', '  on ', 'Next week in Nagano: on ', 'Looking ahead: '])(
    'takes "%s" as opening the sentence',
    (before) => {
      expect(OPENS_SENTENCE.test(before)).toBe(true);
    },
  );

  it.each([
    'He left on ',
    'Next week in Nagano: the men race on ',
    'Note: on Monday: the ',
    'Upon ',
  ])('takes "%s" as words of the sentence before the date', (before) => {
    expect(OPENS_SENTENCE.test(before)).toBe(false);
  });
});
