import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../anchor/anchorQuote.ts';
import { describePassage } from './describePassage.ts';

const text =
  'Trump spoke on Wednesday. Putin met Witkoff on Wednesday. The Kremlin said talks went well.';

function select(words: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  return { start: at, end: at + words.length };
}

describe('describePassage', () => {
  it('takes the selected words exactly as the quote', () => {
    const result = describePassage('a', text, select('The Kremlin said talks went well.'), []);
    expect(result).toEqual({
      ok: true,
      passage: { source: 'a', quote: 'The Kremlin said talks went well.', expressions: [] },
    });
  });

  it('leaves out white space at the edges of the selection', () => {
    const { start, end } = select(' The Kremlin said ');
    const result = describePassage('a', text, { start, end }, []);
    expect(result.ok && result.passage.quote).toBe('The Kremlin said');
  });

  it('sets a prefix that picks the first of two equal passages, and the build finds it', () => {
    const result = describePassage('a', text, select('on Wednesday', 0), []);
    if (!result.ok) throw new Error('refused');
    // "e " already tells the two apart; the prefix is finished to the whole word.
    expect(result.passage).toEqual({
      source: 'a',
      quote: 'on Wednesday',
      prefix: 'spoke ',
      expressions: [],
    });
    expect(anchorQuote(text, result.passage).start).toBe(select('on Wednesday', 0).start);
  });

  it('uses a suffix where it is the shorter way to pick the passage', () => {
    const result = describePassage('a', text, select('on Wednesday', 1), []);
    if (!result.ok) throw new Error('refused');
    expect(result.passage.suffix).toBe('. The');
    expect(result.passage.prefix).toBeUndefined();
    expect(anchorQuote(text, result.passage).start).toBe(select('on Wednesday', 1).start);
  });

  it('offers the date words that stand inside the selection, not those outside it', () => {
    const words = [
      { text: 'on Wednesday', ...select('on Wednesday', 0) },
      { text: 'on Wednesday', ...select('on Wednesday', 1) },
    ];
    const result = describePassage('a', text, select('Putin met Witkoff on Wednesday.'), words);
    expect(result.ok && result.passage.expressions).toEqual(['on Wednesday']);
  });

  it('refuses a selection of nothing but white space', () => {
    expect(describePassage('a', text, { start: 25, end: 26 }, [])).toEqual({
      ok: false,
      refusal: { code: 'empty-passage', source: 'a', start: 25, end: 26 },
    });
  });
});
