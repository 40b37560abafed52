import { describe, expect, it } from 'vitest';
import type { DraftArticle } from './DraftArticle.ts';
import { draftStory } from './draftStory.ts';

/** Three reports of one day. */
const published = '2025-08-07';
const dated =
  'Three rounds of peace talks between Russia and Ukraine in Turkey since the beginning of the year have failed to make any progress on a ceasefire.';
// The news, then sentences that go on telling it, then background another article dates.
const news =
  'Witkoff met Putin in Moscow on Wednesday. Markets rose in Tokyo and London. Oil prices fell. ' +
  'Russia and Ukraine exchanged prisoners. The war between Russia and Ukraine goes on.';
// A third article that makes the words of the talks less rare in the story.
const other =
  'Trade talks between the two sides resumed in Geneva on Friday. ' +
  'Separate talks on a ceasefire in Gaza stalled on Thursday.';
const draftWith = (background: string) =>
  draftStory({
    articles: (
      [
        ['x', `${news} ${background}`],
        ['y', dated],
        ['z', other],
      ] as const
    ).map(([id, text]): DraftArticle => ({ id, text, published, locale: 'en-US' })),
    kinds: [{ id: 'other', label: 'Other' }],
    editorEvents: [],
  }).drafts.find((d) => d.evidence.some((e) => e.quote === dated))!;

describe('a sentence with no date and another article’s happening', () => {
  it('joins the happening only another article dates when it tells the same action in other words', () => {
    const background =
      'Three rounds of talks in Istanbul between Russia and Ukraine have failed to reach an agreement on a ceasefire.';
    expect(draftWith(background).evidence.map((e) => e.quote)).toEqual([dated, background]);
  });

  it('stays with its own article’s storyline when no verb of what happened is shared', () => {
    const background =
      'Three rounds of negotiations between Russia and Ukraine in Istanbul brought no progress on a ceasefire.';
    expect(draftWith(background).evidence.map((e) => e.quote)).toEqual([dated]);
  });
});
