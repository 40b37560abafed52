import { describe, expect, it } from 'vitest';
import type { DraftArticle } from './DraftArticle.ts';
import { draftStory } from './draftStory.ts';

const published = '2023-05-17';
// A report whose lead gives a plan, not the day's news, and which has no dateline.
const plan = (second: string) =>
  'The two unions could sign a merger agreement as early as next month, a federation spokesman said. ' +
  `${second} ` +
  'Membership of both unions has fallen for a decade.';
// Another report tells that day's news with a date.
const news =
  'A federation spokesman confirmed on Wednesday that the unions had agreed terms, though the vote of members is still pending.';
const other = 'Dock workers in the port walked out on Monday over pay.';

const draft = (second: string) =>
  draftStory({
    articles: (
      [
        ['p', plan(second)],
        ['n', news],
        ['o', other],
      ] as const
    ).map(([id, text]): DraftArticle => ({ id, text, published, locale: 'en-US' })),
    kinds: [{ id: 'other', label: 'Other' }],
    editorEvents: [],
  }).drafts;
const quotesOfNews = (second: string) =>
  draft(second)
    .find((d) => d.evidence.some((e) => e.quote === news))!
    .evidence.map((e) => e.quote);

describe('the lead of a report that dates no news of its own', () => {
  it('joins the news of its day of publication that another article dates, on a rare word in common', () => {
    const second = 'The spokesman cautioned that members have yet to vote on the terms.';
    expect(quotesOfNews(second)).toEqual([news, second]);
  });

  it('joins nothing when it shares no rare word with that news', () => {
    const second = 'Officials declined to give further details.';
    expect(quotesOfNews(second)).toEqual([news]);
  });
});
