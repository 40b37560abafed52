import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const GB = { published: '2026-07-14', locale: 'en-GB' } as const;
const read = (mentions: ReturnType<typeof findMentions>) => mentions.map((m) => [m.text, m.value]);

describe('a season ranked by a superlative', () => {
  it.each([
    ['It was the wettest winter since records began, the Met Office said.', 'winter', '2025-WI'],
    ['This has been the hottest summer on record.', 'summer', '2026-SU'],
    ['Forecasters warn this could be the coldest winter in a decade.', 'winter', '2026-WI'],
    ["Britain's second-sunniest spring on record was a boon to farmers.", 'spring', '2026-SP'],
    ['It was the most severe winter the valley had seen.', 'winter', '2025-WI'],
    ['New England had its warmest fall on record.', 'fall', '2025-FA'],
    ['Scientists say it was the earliest spring in a century.', 'spring', '2026-SP'],
  ])('reads %j as the season by tense in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, GB))).toContainEqual([words, value]);
  });

  it.each([
    'The shop had its warmest winter coat sale of the decade.',
    'It was the hottest summer-like weekend yet.',
    "It was the hottest summer's day on record.",
  ])('reads no season in %j, where the season names a kind of thing', (text) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, GB)).filter(([words]) => /winter|summer/.test(words!))).toEqual([]);
  });

  it('keeps the length after the season', () => {
    expect(read(findMentions('The UK had its driest spring for 50 years.', GB))).toEqual([
      ['spring', '2026-SP'],
      ['50 years', 'P50Y'],
    ]);
  });

  it('leaves the record year apart from the season after "since"', () => {
    expect(read(findMentions('It was the warmest autumn since 1910.', GB))).toEqual([
      ['autumn', '2025-FA'],
      ['1910', '1910'],
    ]);
  });

  it.each([
    '2003 saw the hottest summer on record.',
    'The hottest summer on record, in 2022, killed thousands.',
    'It was the coldest winter night in years.',
    'It was the hottest summer day in London since 1976.',
    'The hottest summers are getting hotter.',
    'It was the hardest winter of his life.',
    'Shares suffered their biggest fall since 2008.',
    'The FTSE 100 had its sharpest fall in a month.',
    'The hikers camped by the nearest spring.',
  ])('reads no season in %j', (text) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, GB)).filter(([, value]) => /-(?:SP|SU|FA|WI)$/.test(value!))).toEqual(
        [],
      );
  });
});

describe('a season ranked "best" or an owner\'s spring ranked by trade', () => {
  const GB_SEPT = { published: '2026-09-20', locale: 'en-GB' } as const;
  it('reads "The Yankees enjoyed their best summer in years", said on 20 September 2026, as 2026-SU', () => {
    const text = 'The Yankees enjoyed their best summer in years.';
    expect(read(findMentions(text, GB_SEPT)).filter(([w]) => w === 'summer')).toEqual([
      ['summer', '2026-SU'],
    ]);
    expect(read(findTimemlMentions(text, GB_SEPT)).filter(([w]) => w === 'summer')).toEqual([
      ['summer', '2026-SU'],
    ]);
  });

  it('reads "Home sales had their strongest spring since 2006", said on 1 May 2026, as 2026-SP', () => {
    const text = 'Home sales had their strongest spring since 2006.';
    const options = { published: '2026-05-01', locale: 'en-US' } as const;
    expect(read(findMentions(text, options))).toEqual([
      ['spring', '2026-SP'],
      ['2006', '2006'],
    ]);
  });

  it('leaves "the best spring in the valley" and "its best spring water" unread', () => {
    expect(read(findMentions('It was the best spring in the valley.', GB_SEPT))).toEqual([]);
    expect(read(findMentions('The firm reported its best spring water sales.', GB_SEPT))).toEqual(
      [],
    );
  });

  it('leaves "The resort\'s best spring lies at the foot of the hill", with no span of years, unread', () => {
    expect(
      read(findMentions("The resort's best spring lies at the foot of the hill.", GB_SEPT)),
    ).toEqual([]);
    expect(
      read(findMentions('Each mattress puts its strongest spring at the centre.', GB_SEPT)),
    ).toEqual([]);
  });
});
