import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
// The lead: the news of the day, and four sentences that tell it too.
const lead = [
  'Yesterday, at the annual developers conference, CEO Steve Jobs unveiled a slimmer telephone.',
  'Competitors sell cheaper handsets with larger batteries, analysts noted.',
  'Rivals ship cheaper tablets with bigger screens, observers added.',
  'Retailers discount older laptops before holidays, dealers observed.',
  'Carriers subsidise premium contracts for students, agents remarked.',
];
// "Jobs" is in most sentences of the story, so that word alone hardly ties two of them.
const older = {
  id: 'o',
  published: '2008-01-15',
  locale: 'en-US' as const,
  text: 'In 2007 Jobs sold music online. Jobs praised engineers. Jobs hired designers. Jobs visited Paris.',
};
function newsQuotes(...rest: string[]): string[] {
  const article = {
    id: 'k',
    published: '2010-06-08',
    locale: 'en-US' as const,
    text: [...lead, ...rest].join('\n'),
  };
  const { drafts } = draftStory({ articles: [article, older], kinds, editorEvents: [] });
  const news = drafts.find((d) => d.evidence.some((e) => e.when?.expression === 'Yesterday'))!;
  return news.evidence.map((e) => e.quote);
}

const demo = 'During the keynote, Jobs demoed a gyroscope as well.';
const calls = 'Jobs showed off video calling.';

describe('a sentence with no date that goes on from the sentence before it', () => {
  it('tells the same happening when it names someone that happening names', () => {
    expect(newsQuotes(demo, calls)).toEqual(expect.arrayContaining([demo, calls]));
  });

  it('does not when it names nobody that happening names', () => {
    const plain = 'Reviewers praised its sturdy aluminium frame.';
    expect(newsQuotes(demo, plain)).not.toContain(plain);
  });

  it('does not when the sentence before it told another happening', () => {
    expect(newsQuotes('In 2009 the company sold fewer handsets abroad.', demo)).not.toContain(demo);
  });

  it('does not when it turns from what happened to a plan', () => {
    expect(newsQuotes('Jobs will deliver a gyroscope as well.')).not.toContain(
      'Jobs will deliver a gyroscope as well.',
    );
  });
});
