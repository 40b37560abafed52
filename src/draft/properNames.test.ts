import { describe, expect, it } from 'vitest';
import { articleNames, namesIn } from './properNames.ts';

const article =
  'Apple CEO Steve Jobs unveiled the iPhone 4 at the keynote. During the keynote, Jobs demoed a gyroscope. The price fell.';

describe('articleNames', () => {
  it('takes the words an article writes with a capital away from the start of a sentence', () => {
    expect([...articleNames(article)].sort()).toEqual(['ceo', 'iphone', 'job', 'steve']);
  });
});

describe('namesIn', () => {
  it('finds a name at the start of a sentence when the article writes it as a name elsewhere', () => {
    const names = articleNames(article);
    expect(namesIn('Jobs said that the iPhone sold well.', names)).toEqual(['job', 'iphone']);
    expect(namesIn('During the keynote, The price fell.', names)).toEqual([]);
  });
});
