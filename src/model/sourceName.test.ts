import { describe, expect, it } from 'vitest';
import { sourceCitation, sourceName } from './sourceName.ts';

describe('sourceName', () => {
  it('names the outlet when the article states one', () => {
    expect(sourceName({ outlet: 'News.Az', file: '004.txt' })).toBe('News.Az');
  });

  it('falls back to the file name, never a guessed outlet', () => {
    expect(sourceName({ outlet: null, file: 'seeds/000_8337.txt' })).toBe('000_8337.txt');
  });

  it('cites the publication date as the dataset labels it', () => {
    expect(sourceCitation({ outlet: null, file: 'a.txt', publishedLabel: 'Thu 7 Aug 2025' })).toBe(
      'a.txt, published Thu 7 Aug 2025',
    );
  });
});
