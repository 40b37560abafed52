import { describe, expect, it } from 'vitest';
import { draftStory, type DraftEvent } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
/** Published on Monday 10 March 2025. */
const draft = (...texts: string[]) =>
  draftStory({
    articles: texts.map((text, i) => ({
      id: `a${i}`,
      published: '2025-03-10',
      locale: 'en-US' as const,
      text,
    })),
    kinds,
    editorEvents: [],
  }).drafts;
const quoting = (drafts: DraftEvent[], words: string) =>
  drafts.filter((d) => d.evidence.some((e) => e.quote.includes(words)));
const whens = (d: DraftEvent) => d.evidence.flatMap((e) => (e.when ? [e.when.expression] : []));

describe('a date after "since" in a comparison', () => {
  it('is the reference of the comparison, not the date of what the sentence tells', () => {
    const drafts = draft(
      'Dockers in Rotterdam walked out on Sunday. ' +
        'The stoppage was the longest since 1987, the union said.',
    );
    const [stoppage] = quoting(drafts, 'the longest since 1987');
    expect(stoppage).toBeDefined();
    expect(whens(stoppage!)).toEqual(['on Sunday']);
    expect(drafts.flatMap(whens)).not.toContain('1987');
  });

  it("gives way to the sentence's other date", () => {
    const drafts = draft('Bread prices in Lyon fell for the first time since 2016 on Friday.');
    expect(drafts.map(whens)).toEqual([['on Friday']]);
  });

  it("dates a sentence that joins nothing else on its article's own date", () => {
    const drafts = draft('Harbour traffic in Gdansk reached its highest level since 2008.');
    expect(drafts).toHaveLength(1);
    expect(whens(drafts[0]!)).toEqual([]);
    expect(drafts[0]!.editorialDate).toMatchObject({ value: '2025-03-10' });
  });

  it('still dates a stretch that starts on it', () => {
    expect(draft('The ferry crew has been held in Tallinn since March 3.').map(whens)).toEqual([
      ['March 3'],
    ]);
    expect(
      draft('Since Monday, ninety residents of Tulcea have fled the rising river.').map(whens),
    ).toEqual([['Monday']]);
  });

  it('still dates a stretch whose subject has a record word or a superlative', () => {
    expect(draft('The largest union has been on strike since March 3.').map(whens)).toEqual([
      ['March 3'],
    ]);
    expect(draft('Most residents have stayed indoors since Monday.').map(whens)).toEqual([
      ['Monday'],
    ]);
    expect(draft('The first patients have been in hospital since Friday.').map(whens)).toEqual([
      ['Friday'],
    ]);
  });

  it('still dates the happening a clause after "since" tells', () => {
    const drafts = draft(
      'It would be the first summit in Oslo since the two premiers met in Bergen in May 2019.',
    );
    expect(drafts.flatMap(whens)).toContain('May 2019');
  });
});

describe('a date of a later happening that the event came before', () => {
  it("dates the event by the sentence's other date", () => {
    const drafts = draft("On Sunday, farm ministers met in Brussels ahead of Thursday's vote.");
    expect(drafts.map(whens)).toEqual([['On Sunday']]);
  });

  it("dates a past event by its article's own date when the sentence gives no other", () => {
    const drafts = draft("Farm ministers met in Brussels ahead of Friday's vote on quotas.");
    expect(drafts).toHaveLength(1);
    expect(whens(drafts[0]!)).toEqual([]);
    expect(drafts[0]!.editorialDate).toMatchObject({ value: '2025-03-10' });
  });

  it('reads "before the vote on Thursday", the date after the noun it governs', () => {
    const drafts = draft('Pilots walked out before the vote on Thursday.');
    expect(drafts).toHaveLength(1);
    expect(whens(drafts[0]!)).toEqual([]);
    expect(drafts[0]!.editorialDate).toMatchObject({ value: '2025-03-10' });
  });

  it('joins the news of its article, told on its day', () => {
    const drafts = draft(
      'Fishermen blockaded the port of Brest on Sunday. ' +
        'They gathered in the run-up to the March 16 regional election, the prefecture said.',
    );
    const [blockade] = quoting(drafts, 'in the run-up to');
    expect(whens(blockade!)).toEqual(['on Sunday']);
    expect(drafts.flatMap(whens)).not.toContain('March 16');
  });

  it('keeps a plan before it dated as it was', () => {
    const drafts = draft("Farm ministers will meet in Brussels before Friday's vote on quotas.");
    expect(drafts.map(whens)).toEqual([['Friday']]);
  });

  it('keeps a plan told in the past dated as it was', () => {
    const drafts = draft("The Senate was expected to vote before Friday's recess.");
    expect(drafts.map(whens)).toEqual([['Friday']]);
    expect(drafts[0]!.editorialDate).toBeUndefined();
  });

  it('keeps the later happening when the text tells it', () => {
    const drafts = draft(
      'The talks come before a Friday deadline set by the mayor for the strikers to return.',
    );
    expect(drafts.map(whens)).toEqual([['Friday']]);
  });
});
