import { describe, expect, it } from 'vitest';
import { quoteInSentence } from './quoteInSentence.ts';

function around(text: string, quote: string) {
  const start = text.indexOf(quote);
  return quoteInSentence(text, start, start + quote.length);
}

describe('quoteInSentence', () => {
  it('returns the whole sentence with the quote in the middle', () => {
    expect(around('One. Two three four. Five.', 'three')).toEqual({
      before: 'Two ',
      quote: 'three',
      after: ' four.',
    });
  });

  it('does not end a sentence at "U.S." or "Mr."', () => {
    const text = 'Before. On Wednesday, U.S. President Trump met Mr. Putin in Moscow. After.';
    const split = around(text, 'Putin');
    expect(split.before).toBe('On Wednesday, U.S. President Trump met Mr. ');
    expect(split.after).toBe(' in Moscow.');
  });

  it('treats a line break as the end of a sentence', () => {
    expect(around('A headline\nThe body starts here. Next.', 'body')).toEqual({
      before: 'The ',
      quote: 'body',
      after: ' starts here.',
    });
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const split = around('He said: “It went well.” Then he left.', 'went');
    expect(split.after).toBe(' well.”');
  });

  it('spans every sentence a quote crosses', () => {
    const split = around('First. Second ends. Third starts here. Last.', 'ends. Third');
    expect(split.before).toBe('Second ');
    expect(split.after).toBe(' starts here.');
  });

  it('works at the very start and end of the text', () => {
    expect(around('Only sentence', 'Only sentence')).toEqual({
      before: '',
      quote: 'Only sentence',
      after: '',
    });
  });
});
