import { describe, expect, it } from 'vitest';
import type { DraftArticle } from './DraftArticle.ts';
import { draftStory } from './draftStory.ts';

const articles: DraftArticle[] = [
  [
    'a',
    '2025-03-05',
    'Dock workers at the Lakeside container terminal struck on March 3-5, halting all shipping, union officials said on Wednesday.',
  ],
  [
    'b',
    '2025-03-06',
    'Pickets blocked the gates of the Lakeside terminal from Monday to Wednesday, the union said.',
  ],
  [
    'd',
    '2025-03-07',
    'Wage talks at the Lakeside terminal stalled between March 3 and 5, officials said.',
  ],
].map(([id, published, text]) => ({
  id: id!,
  published: published!,
  text: text!,
  locale: 'en-US',
}));

describe('a stretch of days told with the date officials said it', () => {
  it('is one draft dated by the stretch, which the other articles’ stretches join', () => {
    const { drafts } = draftStory({
      articles,
      kinds: [{ id: 'other', label: 'Other' }],
      editorEvents: [],
    });
    const strike = drafts.filter((d) => d.evidence.some((e) => e.quote.includes('struck')));
    expect(strike).toHaveLength(1);
    expect(strike[0]!.evidence.map((e) => [e.source, e.when?.expression])).toEqual([
      ['a', 'March 3-5'],
      ['b', 'Monday to Wednesday'],
      ['d', 'between March 3 and 5'],
    ]);
  });
});
