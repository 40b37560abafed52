import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 12 March 2026.
const PUBLISHED = { published: '2026-03-12', locale: 'en-GB' } as const;
const read = (found: { text: string; value: string }[]) => found.map((m) => [m.text, m.value]);
const news = (text: string) => read(findMentions(text, PUBLISHED));
const timeml = (text: string) => read(findTimemlMentions(text, PUBLISHED));

describe('a part of the day named by a meal, with no day of its own', () => {
  it.each([
    'The FTSE 100 was down 45 points by lunchtime in London.',
    'Sterling had slipped half a cent against the dollar by lunchtime.',
    'By lunchtime, the queue stretched round the block.',
    'The results will be known by lunchtime.',
  ])('reads %j as the day the story is on', (text) => {
    expect(news(text)).toEqual([['lunchtime', '2026-03-12']]);
    expect(timeml(text)).toEqual([['lunchtime', '2026-03-12']]);
  });

  it('reads "Most guests had left by teatime" as that day', () => {
    expect(news('Most guests had left by teatime.')).toEqual([['teatime', '2026-03-12']]);
  });

  it.each([
    // a habit or a schedule
    ['The pub opens at lunchtime.', []],
    ['He used to walk the dog at lunchtime.', []],
  ])('reads no day in %j', (text, found) => {
    expect(news(text)).toEqual(found);
    expect(timeml(text)).toEqual(found);
  });

  it('leaves "by lunchtime on Monday" to the Monday', () => {
    expect(news('European markets were broadly higher by lunchtime on Monday.')).toEqual([
      ['on Monday', '2026-03-09'],
    ]);
  });

  it.each([
    'Ms Hart, who eats at her desk at lunchtime, said the policy was unfair.',
    'Staff were told they could no longer leave the building at lunchtime.',
  ])('reads no day in %j: "at" a meal is a habit', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });
});
