import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSeasonOfLove } from './isSeasonOfLove.ts';

describe('a lower-case "the summer of love" with no year of its own', () => {
  it.each([
    'The festival recreates the summer of love for a new generation.',
    'Aging hippies returned to Haight Street to relive the summer of love.',
  ])('reads no season in "%s", said on 15 July 1998', (text) => {
    const said = { published: '1998-07-15', locale: 'en-US' } as const;
    expect(findMentions(text, said)).toEqual([]);
    expect(findTimemlMentions(text, said)).toEqual([]);
  });

  it('reads "this summer" but not "the summer of love" in "Promoters say this summer will be the summer of love all over again", said on 27 May 2026', () => {
    const text = 'Promoters say this summer will be the summer of love all over again.';
    const said = { published: '2026-05-27', locale: 'en-US' } as const;
    expect(findMentions(text, said).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'this summer = 2026-SU',
    ]);
  });

  it('keeps the year of "The summer of love in 1967 changed the city", 1967-SU', () => {
    const said = { published: '2026-07-15', locale: 'en-GB' } as const;
    const text = 'The summer of love in 1967 changed the city for ever.';
    expect(findMentions(text, said).map((m) => `${m.text} = ${m.value}`)).toContain(
      'The summer = 1967-SU',
    );
  });

  it('answers yes where "of love" follows the season and no where "of 1967" does', () => {
    expect(isSeasonOfLove('the summer of love', 'the summer'.length)).toBe(true);
    expect(isSeasonOfLove('the summer of 1967', 'the summer'.length)).toBe(false);
  });
});
