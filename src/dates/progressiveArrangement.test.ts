import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { PROGRESSIVE_ARRANGEMENT } from './progressiveArrangement.ts';

// A Wednesday: the Monday gone by is Sept. 22, the coming one Sept. 29.
const PUBLISHED = { published: '2025-09-24', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const arranged = (words: string) => new RegExp(PROGRESSIVE_ARRANGEMENT, 'i').test(words);

describe('a present progressive of an arrangement', () => {
  it.each([
    ['The prime minister is meeting the president on Monday.', 'on Monday 2025-09-29'],
    ['Lawmakers are voting on the package on Monday.', 'on Monday 2025-09-29'],
    ['The king is hosting a state banquet on Monday, the palace said.', 'on Monday 2025-09-29'],
    ['The chancellor is travelling to Washington in July.', 'July 2026-07'],
  ])('looks ahead in %j, in both readings', (text, inNews) => {
    expect(news(text)).toEqual([inNews]);
    expect(timeml(text)).toEqual([inNews.replace(/^on /, '')]);
  });

  it.each([
    ['The ministers were meeting on Monday when the news broke.', 'on Monday 2025-09-22'],
    ['Police are investigating a shooting on Monday.', 'on Monday 2025-09-22'],
    ['The town is mourning the victims of a crash in July.', 'July 2025-07'],
    ['The party is holding steady after a bruising defeat in July.', 'July 2025-07'],
    ['The party is leaving behind a bruising defeat in July.', 'July 2025-07'],
    ['The reforms are meeting stiff resistance after the vote on Monday.', 'on Monday 2025-09-22'],
    ['Voters are returning to normal life after the storm in August.', 'August 2025-08'],
  ])('leaves %j as it was: a past, or what goes on now', (text, inNews) => {
    expect(news(text)).toEqual([inNews]);
  });

  it('takes the verb after a present of "be" only', () => {
    expect(arranged('is also meeting')).toBe(true);
    expect(arranged('are voting')).toBe(true);
    expect(arranged('were voting')).toBe(false);
    expect(arranged('the meeting')).toBe(false);
  });
});
