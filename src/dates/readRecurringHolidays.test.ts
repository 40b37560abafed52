import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2025-07-04', locale: 'en-US' } as const;
type Found = ReturnType<typeof findMentions>;
const read = (mentions: Found): Array<[string, string, string]> =>
  mentions.map((m) => [m.text, m.type, m.value]);

describe('a holiday after "every" or "each"', () => {
  it.each([
    ['Every Christmas Eve, the family opens one present.', 'Every Christmas Eve', 'XXXX-12-24'],
    ['They meet every Fourth of July at the lake.', 'every Fourth of July', 'XXXX-07-04'],
    ['Each Halloween the street closes to traffic.', 'Each Halloween', 'XXXX-10-31'],
    ['Each Thanksgiving, the family drives to Ohio.', 'Each Thanksgiving', 'P1Y'],
    ['Every Easter the church is full.', 'Every Easter', 'P1Y'],
  ])('reads %j as a set in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, US))).toEqual([[words, 'SET', value]]);
  });

  it("reads a holiday's weekend after every as once a year", () => {
    expect(
      read(findMentions('The town has held a rodeo every Labor Day weekend since 1946.', US)),
    ).toEqual([
      ['every Labor Day weekend', 'SET', 'P1Y'],
      ['1946', 'DATE', '1946'],
    ]);
  });

  it('does not read a thing of the holiday after every as a time', () => {
    expect(read(findMentions('He signs every Christmas card by hand.', US))).toEqual([]);
  });

  it('leaves a holiday without every or each to the holiday reader', () => {
    expect(read(findMentions('The family opened presents on Christmas Eve.', US))).toEqual([
      ['Christmas Eve', 'DATE', '2024-12-24'],
    ]);
  });

  it('does not read a lower-case christmas as a holiday', () => {
    expect(read(findMentions('She wanted every christmas to be quiet.', US))).toEqual([]);
  });
});
