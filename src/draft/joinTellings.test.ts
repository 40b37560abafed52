import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
const keynote = {
  id: 'k',
  published: '2010-10-23',
  locale: 'en-US' as const,
  text: [
    'In a Wednesday media event, the maker released a new lineup of laptops.',
    'Its chief executive unveiled the products at the event.',
    'Jobs said that his company sold 13.7 million computers last year.',
    'Analysts expect the laptops to sell in 2011.',
  ].join('\n'),
};

describe('a sentence that reports what was said about another date', () => {
  const { drafts } = draftStory({ articles: [keynote], kinds, editorEvents: [] });
  const quoting = (words: string) =>
    drafts.filter((d) => d.evidence.some((e) => e.quote.includes(words)));

  it('tells the saying too, in the news its article is telling', () => {
    const said = quoting('Jobs said that');
    const event = drafts.find((d) => d.evidence.some((e) => e.when?.expression === 'Wednesday'))!;
    expect(said.map((d) => d.id)).toContain(event.id);
    expect(event.evidence.find((e) => e.quote.startsWith('Jobs said'))!.when).toBeUndefined();
  });

  it('still drafts what was said on its own date', () => {
    const lastYear = quoting('Jobs said that').find((d) =>
      d.evidence.some((e) => e.when?.expression === 'last year'),
    );
    expect(lastYear).toBeDefined();
  });

  it('leaves a date that is not reported to its own happening alone', () => {
    expect(quoting('Analysts expect')).toHaveLength(1);
  });
});
