import { describe, expect, it } from 'vitest';
import type { DraftArticle } from './DraftArticle.ts';
import { draftStory } from './draftStory.ts';

const published = '2025-03-06';
const draft = (texts: readonly string[]) =>
  draftStory({
    articles: texts.map((text, i): DraftArticle => ({
      id: `a${i}`,
      text,
      published,
      locale: 'en-US',
    })),
    kinds: [{ id: 'other', label: 'Other' }],
    editorEvents: [],
  }).drafts;
const holding = (drafts: ReturnType<typeof draft>, words: string) =>
  drafts.filter((d) => d.evidence.some((e) => e.quote.includes(words)));

describe('passages that tell unrelated things stay apart', () => {
  it('does not join two clock times of one article that name no day, whatever their words', () => {
    const drafts = draft([
      'Pickets blocked the gates of the terminal on Monday. Shipping lines said the first vessels were turned away at 0900 GMT. Police arrested two protesters at 3am, a police spokesman said.',
    ]);
    const vessels = holding(drafts, 'first vessels');
    expect(vessels).toHaveLength(1);
    expect(vessels[0]!.evidence.some((e) => e.quote.includes('Police arrested'))).toBe(false);
  });

  it('still joins two passages of one article that name the same recent day', () => {
    const drafts = draft([
      'The board met on Wednesday to weigh the offer. The vote came on Wednesday evening, a spokesman said.',
    ]);
    expect(holding(drafts, 'The board met')).toEqual(holding(drafts, 'The vote came'));
  });

  it('does not join a record measured against a past date to a news passage it shares no words with', () => {
    const drafts = draft([
      'Dock workers struck on March 3-5, halting all shipping. A mediator said a deal could come midweek. Analysts said the port’s labour market was the tightest since 9/11.',
    ]);
    const deal = holding(drafts, 'a deal could come');
    expect(deal).toHaveLength(1);
    expect(deal[0]!.evidence.some((e) => e.quote.includes('tightest'))).toBe(false);
  });
});
