import { describe, expect, it } from 'vitest';
import { wordTags } from './wordTags.ts';

describe('wordTags', () => {
  it('gives the tags of the words of a sentence at their offsets in the whole text', () => {
    const text = 'He left. The proposed plan failed.';
    const from = text.indexOf('The');
    const tags = wordTags(text, from, text.length);
    expect(tags.get(text.indexOf('proposed'))?.has('Adjective')).toBe(true);
    expect(tags.get(text.indexOf('failed'))?.has('PastTense')).toBe(true);
    expect(tags.has(text.indexOf('left'))).toBe(false);
  });

  it('tags a sentence of a text once, however many dates ask for it', () => {
    const text = 'Talks ended on Monday and resumed on Friday.';
    expect(wordTags(text, 0, text.length)).toBe(wordTags(text, 0, text.length));
  });
});
