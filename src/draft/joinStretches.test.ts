import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
const draft = (...texts: string[]) =>
  draftStory({
    articles: texts.map((text, i) => ({
      id: `a${i}`,
      published: '2025-03-12',
      locale: 'en-US' as const,
      text,
    })),
    kinds,
    editorEvents: [],
  }).drafts;
const sources = (d: { evidence: { source: string }[] }) =>
  [...new Set(d.evidence.map((e) => e.source))].sort();

describe('joining passages that give a stretch of days', () => {
  it('joins a day that lies within the stretch, told in other words', () => {
    const drafts = draft(
      'Fishery ministers met in Reykjavik on March 4 for talks on herring quotas.',
      'The three days of talks from March 3 to March 5 produced no agreement on quotas.',
    );
    expect(drafts.map(sources)).toEqual([['a0', 'a1']]);
  });

  it('keeps apart a year within a stretch of years, which is no stretch of days', () => {
    const drafts = draft(
      'Cod quotas in the North Sea were cut from 2019 to 2021.',
      'Danish trawlers landed less cod in the North Sea in 2020.',
    );
    expect(drafts.map(sources)).toEqual([['a0'], ['a1']]);
  });

  it('keeps apart a day within the stretch that tells something else', () => {
    const drafts = draft(
      'Fishing talks between Norway and Iceland were held in Reykjavik March 3-5. ' +
        'Cod stocks in the Barents Sea have fallen.',
      'A storm closed the airport of Tromso on March 4. ' +
        'Trawler owners in Bergen want higher limits.',
    );
    const talks = drafts.filter((d) => d.evidence.some((e) => /March [34]/.test(e.quote)));
    expect(talks.map(sources)).toEqual([['a0'], ['a1']]);
  });
});

// These held before a day could join a stretch it lies within (the same date, or words alike
// enough): they guard that the rule takes nothing away.
describe('joining passages that give a stretch of days, as before', () => {
  it('still joins two articles that give the very same stretch, as the same date always did', () => {
    const drafts = draft(
      'Fishing talks between Norway and Iceland were held in Reykjavik March 3-5. ' +
        'Cod stocks in the Barents Sea have fallen.',
      'Quotas for herring dominated the three days of fishing talks from March 3 to March 5. ' +
        'Trawler owners in Bergen want higher limits.',
    );
    const talks = drafts.filter((d) => d.evidence.some((e) => /March 3/.test(e.quote)));
    expect(talks.map(sources)).toEqual([['a0', 'a1']]);
  });

  it('still joins a stretch told by another article on its first day, as their words always did', () => {
    const drafts = draft(
      'Fishing talks between Norway and Iceland opened in Reykjavik on March 3.',
      'Norway and Iceland ended three days of fishing talks held March 3-5 without a deal.',
    );
    expect(drafts.map(sources)).toEqual([['a0', 'a1']]);
  });
});
