import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSeasonNamedOf } from './isSeasonNamedOf.ts';

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
