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

describe("joining an article's news", () => {
  it('joins two passages of one article that give the same recent day, whatever their words', () => {
    const { drafts } = draftStory({
      articles: [
        {
          id: 'n',
          published: '2010-07-17',
          locale: 'en-US',
          text:
            'Jobs said yesterday that Apple will offer a free case to every buyer. ' +
            'The announcement came in a rare press conference held on Friday morning.',
        },
      ],
      kinds,
      editorEvents: [],
    });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.evidence).toHaveLength(2);
  });

  it('keeps two such passages apart when sentences of other things stand between them', () => {
    const { drafts } = draftStory({
      articles: [
        {
          id: 'f',
          published: '2010-07-17',
          locale: 'en-US',
          text:
            'Jobs said yesterday that Apple will offer a free case to every buyer. ' +
            'Reception problems were widely reported. Consumers complained in forums. ' +
            'Analysts expect sales to hold. The board met in Cupertino on Friday.',
        },
      ],
      kinds,
      editorEvents: [],
    });
    expect(drafts).toHaveLength(2);
  });

  it('keeps two passages of one article on the same day apart when that day is long past', () => {
    const { drafts } = draftStory({
      articles: [
        {
          id: 'o',
          published: '2010-07-17',
          locale: 'en-US',
          text:
            'Jobs founded the company on April 1, 1976. ' +
            'Oil prices also fell sharply on April 1, 1976.',
        },
      ],
      kinds,
      editorEvents: [],
    });
    expect(drafts).toHaveLength(2);
  });
});
