import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) => [
  findMentions(text, { published, locale: 'en-US' }),
  findTimemlMentions(text, { published, locale: 'en-US' }),
];
const valueOf = (found: ReturnType<typeof findMentions>, words: RegExp) =>
  found.find((m) => words.test(m.text))?.value;

describe('readNeighbourSeasons', () => {
  it.each([
    [
      'He graduated from Notre Dame in 1957 and the following spring was drafted by the Green Bay Packers.',
      /following spring/,
      '1958-SP',
    ],
    [
      'They married in June 1960, and the next winter their son was born.',
      /next winter/,
      '1960-WI',
    ],
    [
      'He was elected in March 2001. The previous winter he had toured the state.',
      /previous winter/,
      '2000-WI',
    ],
    [
      'She left the company in the summer of 1988. The following summer she opened her own firm.',
      /following summer/,
      '1989-SU',
    ],
  ])('reads %j, said on 9 January 2026, against the time before it', (text, words, value) => {
    for (const found of both(text, '2026-01-09')) expect(valueOf(found, words)).toBe(value);
  });

  it('reads "The festival will return the following summer", with no time before it, as the next summer', () => {
    const text = 'The festival will return the following summer.';
    for (const found of both(text, '2026-01-09')) {
      expect(valueOf(found, /following summer/)).toBe('2026-SU');
    }
  });

  it.each([
    // a possessive
    ["He retired in 1990 and missed the following summer's Olympics.", /summer/],
    // a season before the noun it modifies
    ['The dam was finished in 1962. The following winter storm breached it.', /winter/],
  ])('reads no season from the time before in %j', (text, words) => {
    for (const found of both(text, '2026-01-09')) {
      expect(valueOf(found, words)).not.toBe(text.includes('1990') ? '1991-SU' : '1963-WI');
    }
  });

  it('reads "Prices rose in 1990, and the next fall in prices came in 1992" with no fall of 1991', () => {
    const text = 'Prices rose in 1990, and the next fall in prices came in 1992.';
    for (const found of both(text, '2026-01-09')) {
      expect(found.map((m) => m.value)).not.toContain('1991-FA');
    }
  });
});
