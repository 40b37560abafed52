import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2025-03-01', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>) =>
  mentions.map((m) => [m.text, m.value, m.mod]);

describe('the turn of a century', () => {
  it.each([
    ['Attendance has doubled since the turn of the century.', 'the turn of the century', '2000'],
    ['The mill closed at the turn of the 20th century.', 'the turn of the 20th century', '1900'],
    [
      'Jazz reached the city at the turn of the last century.',
      'the turn of the last century',
      '1900',
    ],
    ['Sales fell after the turn of the millennium.', 'the turn of the millennium', '2000'],
  ])('reads %j as about that year in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, US))).toEqual([[words, value, 'APPROX']]);
  });

  it('takes the turn nearest the year a history has reached', () => {
    expect(
      read(
        findMentions('By 1890 the town had 5,000 people; by the turn of the century, 9,000.', US),
      ),
    ).toContainEqual(['the turn of the century', '1900', 'APPROX']);
  });

  it('does not read a turn of something else', () => {
    expect(read(findMentions('The turn of the tide came late in the century.', US))).toEqual([]);
  });
});
