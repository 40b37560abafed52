import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
const article = (id: string, text: string) => ({
  id,
  published: '2025-08-07',
  locale: 'en-US' as const,
  text,
});
const first = 'Putin and Zelensky held talks in Paris in December 2019.';
const second = 'The two leaders last met at a Paris summit in December 2019.';
const sources = (d: { evidence: { source: string; quote: string }[] }) =>
  d.evidence.map((e) => `${e.source}: ${e.quote}`);

describe('joining passages that give the same day or month', () => {
  it('joins two articles on that date on a few shared rare words', () => {
    const { drafts } = draftStory({
      articles: [
        article('x', `${first} Markets rallied in Tokyo on Monday.`),
        article('y', `${second} The weather was cold in Kyiv on Tuesday.`),
      ],
      kinds,
      editorEvents: [],
    });
    const december = drafts.filter((d) => d.evidence.some((e) => e.quote.includes('December')));
    expect(december.map(sources)).toEqual([[`x: ${first}`, `y: ${second}`]]);
  });

  it('keeps the same words apart when one article tells them in two dated passages', () => {
    const { drafts } = draftStory({
      articles: [article('x', `${first} Markets rallied on Monday. ${second}`)],
      kinds,
      editorEvents: [],
    });
    const december = drafts.filter((d) => d.evidence.some((e) => e.quote.includes('December')));
    expect(december).toHaveLength(2);
  });
});
