import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence at a stop before a capital letter and keeps closing quotes', () => {
    expect(texts('He said: “We met.” Then he left! Did he? Yes.')).toEqual([
      'He said: “We met.”',
      'Then he left!',
      'Did he?',
      'Yes.',
    ]);
  });

  it('does not end a sentence after a title, an initial or a short month', () => {
    expect(texts('Mr. Putin met U.S. envoy Steve Witkoff on Aug. 6 in Moscow. He left.')).toEqual([
      'Mr. Putin met U.S. envoy Steve Witkoff on Aug. 6 in Moscow.',
      'He left.',
    ]);
  });

  it('makes every line a sentence, so headlines and datelines stand alone', () => {
    expect(texts('Apple sues\nMarch 28, 2006\nThe suit was filed. It names Apple.\n')).toEqual([
      'Apple sues',
      'March 28, 2006',
      'The suit was filed.',
      'It names Apple.',
    ]);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text = '  First one.  Second one.\r\nThird';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
