import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { mostRecentlyBefore } from './mostRecentlyBefore.ts';

// Wednesday 11 March 2026: the Sunday gone by is 8 March, the coming one 15 March.
const PUBLISHED = { published: '2026-03-11', locale: 'en-US' } as const;
const day = (found: { text: string; value: string }[]) =>
  found.find((m) => /day$/.test(m.text))?.value;
const news = (text: string) => day(findMentions(text, PUBLISHED));
const timeml = (text: string) => day(findTimemlMentions(text, PUBLISHED));

describe('the latest of a thing done again and again', () => {
  it.each([
    ['They hold elections every four years, most recently on Sunday.', '2026-03-08'],
    ['The committee meets twice a year, most recently on Tuesday.', '2026-03-10'],
    ['The club holds a raffle every month, most recently Saturday.', '2026-03-07'],
  ])('is gone by in %j, in both readings', (text, value) => {
    expect(news(text)).toBe(value);
    expect(timeml(text)).toBe(value);
  });

  it.each([
    ['They hold elections every four years, the next on Sunday.', '2026-03-15'],
    ['The committee meets again on Tuesday, recently moved from Monday.', '2026-03-17'],
    ['Final results will be published at the latest on Monday.', '2026-03-16'],
    ['A ruling is due by the latest on Friday.', '2026-03-13'],
  ])('leaves %j to its tense', (text, value) => {
    expect(news(text)).toBe(value);
    expect(timeml(text)).toBe(value);
  });

  it('reads only the words right before the day', () => {
    expect(mostRecentlyBefore('They vote every year, most recently on Sunday.', 39)).toBe(true);
    expect(mostRecentlyBefore('Most recently, they said they would vote on Sunday.', 43)).toBe(
      false,
    );
  });
});
