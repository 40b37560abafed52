import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSeasonNamedOf, isSeasonOfLove } from './isSeasonNamedOf.ts';

// Thursday 3 December 2026.
const THURSDAY = { published: '2026-12-03', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);

describe('a capitalised season with "of" and a capitalised word after it', () => {
  it('tells "of" and a capitalised word, with or without "the", from a year or lower case', () => {
    const text = 'the Winter of Discontent';
    expect(isSeasonNamedOf(text, 'the Winter'.length)).toBe(true);
    expect(isSeasonNamedOf('The Autumn of the Patriarch', 'The Autumn'.length)).toBe(true);
    expect(isSeasonNamedOf('the Summer of 1967', 'the Summer'.length)).toBe(false);
    expect(isSeasonNamedOf('the Winter of our discontent', 'the Winter'.length)).toBe(false);
  });

  it('reads no season in "the Winter of Discontent" in either reading', () => {
    const text = 'In the Winter of Discontent, rubbish piled up in Leicester Square.';
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it('reads only the Friday of "The Summer of Love exhibition opens at the V&A on Friday"', () => {
    const text = 'The Summer of Love exhibition opens at the V&A on Friday.';
    expect(news(text)).toEqual(['on Friday = 2026-12-04']);
    expect(timeml(text)).toEqual(['Friday = 2026-12-04']);
  });

  it('still reads "the Summer of 1967" and "the winter of 1944" as seasons of their years', () => {
    expect(news('In the Summer of 1967 the song was everywhere.')).toEqual([
      'the Summer of 1967 = 1967-SU',
    ]);
    expect(news('She spent the winter of 1944 in Amsterdam.')).toEqual([
      'the winter of 1944 = 1944-WI',
    ]);
  });

  it('still reads "last Summer" counted, even before "of" and a capitalised word', () => {
    expect(news("Britain's last Summer of Sport drew record crowds.")).toEqual([
      'last Summer = 2026-SU',
    ]);
  });
});

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

  it('tells "of love" from other words', () => {
    expect(isSeasonOfLove('the summer of love', 'the summer'.length)).toBe(true);
    expect(isSeasonOfLove('the summer of 1967', 'the summer'.length)).toBe(false);
  });
});
