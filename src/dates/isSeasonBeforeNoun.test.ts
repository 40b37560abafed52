import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSeasonBeforeNoun } from './isSeasonBeforeNoun.ts';

const SEPTEMBER = { published: '2026-09-09', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, SEPTEMBER).map((m) => `${m.text.replace(/^in /, '')} = ${m.value}`),
  );

describe('a season before a noun', () => {
  it.each([
    'The summer terminal reopened after a refit.',
    'The winter storm dumped a foot of snow on the city.',
    'The summer house was sold for £1m.',
    'The winter wheat crop was planted late.',
    'The autumn leaves clogged the drains.',
  ])('reads no season in "%s" (a kind of thing)', (text) => {
    expect(read(text)).toEqual([[], []]);
  });

  it.each([
    ['The summer brought record heat.', 'The summer = 2026-SU'],
    ['Tourists flock to the coast in the summer months.', 'the summer = 2026-SU'],
    ['The summer heatwave killed hundreds.', 'The summer = 2026-SU'],
    ['The club signed three players during the summer transfer window.', 'the summer = 2026-SU'],
    ['Traffic was heavy throughout the summer vacation period.', 'the summer = 2026-SU'],
    ['Prices rise in the summer as tourists arrive.', 'the summer = 2026-SU'],
    ["Tickets for this summer's festival have sold out.", 'this summer = 2026-SU'],
  ])('keeps the season in "%s" (a verb, a stretch of it, or no noun after)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('tells the noun after the season from a verb', () => {
    expect(isSeasonBeforeNoun('The summer terminal reopened.', 10)).toBe(true);
    expect(isSeasonBeforeNoun('The summer ended early.', 10)).toBe(false);
    expect(isSeasonBeforeNoun('The summer she left, it rained.', 10)).toBe(false);
  });
});
