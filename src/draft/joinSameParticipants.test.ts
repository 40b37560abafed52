import { describe, expect, it } from 'vitest';
import type { DraftArticle } from './DraftArticle.ts';
import { draftStory } from './draftStory.ts';

const published = '2019-03-13';
// A shipyard's news of its own day, which goes on to recall the frigate's launch.
const news = (background: string) =>
  'The Harland shipyard laid off two hundred welders on Tuesday. ' +
  'The yard said orders for frigates like the Valour had dried up. ' +
  'Its owners blamed the navy budget. ' +
  'The union called the cuts a betrayal. ' +
  'Admiral Okafor declined to comment on the cuts. ' +
  background;
// Another article dates that launch, in other words.
const launch =
  'Admiral Okafor launched the frigate Valour at the Harland shipyard on March 4, 2019, before a crowd of families.';
// A third article, so the story's words are not all rare.
const other =
  'The Harland shipyard reported a loss for the year on Monday. ' +
  'Welders at a rival yard went on strike on Friday.';

const draftWith = (background: string) =>
  draftStory({
    articles: (
      [
        ['x', news(background)],
        ['y', launch],
        ['z', other],
      ] as const
    ).map(([id, text]): DraftArticle => ({ id, text, published, locale: 'en-US' })),
    kinds: [{ id: 'other', label: 'Other' }],
    editorEvents: [],
  }).drafts.find((d) => d.evidence.some((e) => e.quote === launch))!;

describe('a sentence with no date that tells another article’s happening', () => {
  it('joins it when it names the same participants in the same action, though its own storyline is nearly as like it', () => {
    const background = 'When Admiral Okafor launched the Valour, the yard promised more ships.';
    expect(draftWith(background).evidence.map((e) => e.quote)).toEqual([launch, background]);
  });

  it('stays with its own storyline when the same participants do something else', () => {
    const background = 'When Admiral Okafor inspected the Valour, the yard promised more ships.';
    expect(draftWith(background).evidence.map((e) => e.quote)).toEqual([launch]);
  });
});
