import { describe, expect, it } from 'vitest';
import { datelineToldFrom } from './datelineToldFrom.ts';

describe('datelineToldFrom', () => {
  it('gives where the dateline that opens the sentence ends', () => {
    const text = 'FLINT, Mich. (AP) -- Workers walked out at midnight Friday.';
    expect(datelineToldFrom(text, text.indexOf('midnight'))).toBe(text.indexOf('Workers'));
  });

  it('gives nothing for a later sentence or a text with no dateline', () => {
    const later = 'NEW YORK (AP) -- Workers walked out Sunday. Their contract ran out at midnight.';
    expect(datelineToldFrom(later, later.indexOf('midnight'))).toBeUndefined();
    const bare = 'Workers walked out at midnight Friday.';
    expect(datelineToldFrom(bare, bare.indexOf('midnight'))).toBeUndefined();
  });
});
