import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const decadeValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /decade/i.test(m.text))?.value;
const news = (text: string, published: string) => decadeValue(findMentions(text, at(published)));
const timeml = (text: string, published: string) =>
  decadeValue(findTimemlMentions(text, at(published)));

describe('the decade of a year a story names, told in the past', () => {
  it.each([
    [
      'He opened his first restaurant in Houston in 1972, and by the end of the decade he owned 14 across Texas.',
      '197X',
    ],
    [
      'In 1964 she moved to Nashville. By the end of the decade she had recorded four gold albums.',
      '196X',
    ],
    ['She moved to Paris in 1953 and spent the rest of the decade there.', '195X'],
  ])('reads %j, said on 4 June 2024, as that year’s decade, %s', (text, value) => {
    expect(news(text, '2024-06-04')).toBe(value);
    expect(timeml(text, '2024-06-04')).toBe(value);
  });

  it.each([
    // told ahead: the decade under way
    [
      'In 1964 she moved to Nashville. By the end of the decade she will have recorded four albums.',
      '202X',
    ],
    // counted from publication: "this decade"
    ['The firm opened in 1972. By the end of this decade it will employ 500 people.', '202X'],
    // told ahead in the clause before the words, whatever past comes after or before
    [
      'The reactor, first licensed in 1987, will close by the end of the decade, the regulator confirmed.',
      '202X',
    ],
    [
      'The singer, born in 1941, said she wants the album finished by the end of the decade.',
      '202X',
    ],
    // no year named: the decade of publication
    ['By the end of the decade she owned 14 restaurants across Texas.', '202X'],
  ])('reads %j as before, %s', (text, value) => {
    expect(news(text, '2024-06-04')).toBe(value);
    expect(timeml(text, '2024-06-04')).toBe(value);
  });

  it('reads "The firm opened in 1972 and was sold in the last decade" as a length, as before', () => {
    const text = 'The firm opened in 1972 and was sold in the last decade.';
    expect(news(text, '2024-06-04')).not.toBe('197X');
    expect(timeml(text, '2024-06-04')).not.toBe('197X');
  });

  it('reads "In 1964 she moved to Nashville. By the end of the decade, indeed, she will be a star.", said on 11 March 2026, as 202X: "indeed" is no past', () => {
    // Was 196X: "indeed" was taken for a past after the words, which sets a deadline's "by" back.
    const text =
      'In 1964 she moved to Nashville. By the end of the decade, indeed, she will be a star.';
    expect(news(text, '2026-03-11')).toBe('202X');
    expect(timeml(text, '2026-03-11')).toBe('202X');
    // Guard: a past after the words still gives the story's decade.
    const told =
      'In 1964 she moved to Nashville. By the end of the decade, indeed, she had recorded four gold albums.';
    expect(news(told, '2026-03-11')).toBe('196X');
  });
});
