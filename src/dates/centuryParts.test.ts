import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2026-07-14', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>) =>
  mentions.map((m) => [m.text, m.value, m.mod]);

describe('a part of a century in TimeML mode', () => {
  it.each([
    [
      'Sea levels could rise 30cm by the end of the century.',
      'the end of the century',
      '20',
      'END',
    ],
    ['Warming could reach 3C by the end of this century.', 'the end of this century', '20', 'END'],
    ['The company committed to net-zero emissions by mid-century.', 'mid-century', '20', 'MID'],
    ['Coal use must end by mid-century in rich countries.', 'mid-century', '20', 'MID'],
    [
      'The plan would phase out coal by the middle of the century.',
      'the middle of the century',
      '20',
      'MID',
    ],
    [
      'Emissions peaked at the end of the last century.',
      'the end of the last century',
      '19',
      'END',
    ],
    ['The mill closed at the end of the 20th century.', 'the end of the 20th century', '19', 'END'],
    [
      'Cities grew fast at the beginning of the century.',
      'the beginning of the century',
      '20',
      'START',
    ],
  ])('reads %j as the century with its part', (text, words, value, mod) => {
    expect(read(findTimemlMentions(text, US))).toEqual([[words, value, mod]]);
  });

  it("still reads the century alone when an owner's 's follows it", () => {
    expect(
      read(
        findTimemlMentions('Emissions must halve by the end of this century’s third decade.', US),
      ),
    ).toEqual([['this century', '20', undefined]]);
  });

  it('leaves the news reading without a century, as before', () => {
    expect(read(findMentions('Sea levels could rise 30cm by the end of the century.', US))).toEqual(
      [],
    );
  });

  it.each([
    'The house is a mid-century modern gem.',
    'A mid-century chair sold for $4,000.',
    'The end of the century-old ban was welcomed.',
    'Life in mid-century America was very different.',
    'The chair, from mid-century Denmark, sold for $10,000.',
    'The firm specializes in mid-century design.',
  ])('reads no century in %j', (text) => {
    expect(read(findTimemlMentions(text, US))).toEqual([]);
  });
});
