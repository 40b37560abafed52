import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2025-07-04', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>) =>
  mentions.map((m) => [m.text, m.value, m.mod]);

describe('a decade written short after a decade and a joint', () => {
  it.each([
    ["The band toured relentlessly in the 1960s and '70s.", "'70s", '197X', undefined],
    ['Rents rose through the 1980s and 90s.', '90s', '199X', undefined],
    ["The style was popular in the '50s and early '60s.", "early '60s", '196X', 'START'],
    ["The shop thrived in the 1990s and '00s.", "'00s", '200X', undefined],
  ])('reads the second decade in %j in both readings', (text, words, value, mod) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, US))).toContainEqual([words, value, mod]);
  });

  it('keeps the first decade as the decade reader reads it', () => {
    expect(read(findMentions("The band toured relentlessly in the 1960s and '70s.", US))).toEqual([
      ['the 1960s', '196X', undefined],
      ["'70s", '197X', undefined],
    ]);
  });

  it('does not read figures joined to a count that is no decade', () => {
    expect(read(findMentions('She won 70 games and 80s were rare.', US))).toEqual([]);
  });

  it('does not read an age in words after a decade', () => {
    expect(read(findMentions('He moved there in the 1960s and in his 70s he left.', US))).toEqual([
      ['the 1960s', '196X', undefined],
    ]);
  });
});
