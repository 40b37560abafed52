import { describe, expect, it } from 'vitest';
import { sayingTense } from './sayingTense.ts';
import { wordTags } from './wordTags.ts';

/** The tense of the saying that `date`, found in the one sentence `text`, dates. */
function tenseOfSayingAt(text: string, date: string) {
  const start = text.indexOf(date);
  const end = start + date.length;
  return sayingTense({ words: text.slice(0, start), at: 0 }, text.slice(end), () =>
    wordTags(text, 0, text.length),
  );
}

describe('the tense of a saying the date dates', () => {
  it('reads "said in a letter on Monday that members would strike" as a past saying', () => {
    const text = 'The union said in a letter on Monday that members would strike.';
    expect(tenseOfSayingAt(text, 'Monday')).toBe('past');
  });

  it('does not date the saying when a verb stands between it and the date', () => {
    const text = 'The union said members would strike on Monday, it added.';
    expect(tenseOfSayingAt(text, 'Monday')).toBeUndefined();
  });

  it('reads "will warn investors on Friday that profits fell" as a saying still ahead', () => {
    const text = 'The company will warn investors on Friday that profits fell.';
    expect(tenseOfSayingAt(text, 'Friday')).toBe('future');
  });

  it("does not read a deed done on the date among the object's words as a saying ahead", () => {
    const text = 'The board will review the statement issued Friday that the plant would close.';
    expect(tenseOfSayingAt(text, 'Friday')).toBeUndefined();
  });
});
