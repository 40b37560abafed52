import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { tenseAround } from './tenseAround.ts';

const tense = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  return tenseAround(sentence, start, start + words.length);
};
const value = (text: string, published: string, words: string) =>
  findMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value;
const timemlValue = (text: string, published: string, words: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value;

describe('a fronted deadline word before a verb of saying whose object is nothing', () => {
  it.each([
    ['Until May, they said nothing.', 'May'],
    ['Until May, officials said nothing publicly.', 'May'],
    ['Until March, the family told no one.', 'March'],
    ['Until June, the minister said little.', 'June'],
    ['Until Friday, the company said not a word.', 'Friday'],
  ])('reads %j as past, a deed like "kept quiet"', (sentence, words) => {
    expect(tense(sentence, words)).toBe('past');
  });

  it.each([
    ['Until May, they said the plant would stay open.', 'May'],
    ['By May, Iran must comply, he said.', 'May'],
  ])('still reads %j ahead: its verb of saying reports a clause', (sentence, words) => {
    expect(tense(sentence, words)).toBe('future');
  });

  it('reads "Until spring, they said nothing", said in December, as the spring gone by, in both readings', () => {
    const text = 'Until spring, they said nothing.';
    expect(value(text, '2026-12-03', 'spring')).toBe('2026-SP');
    expect(timemlValue(text, '2026-12-03', 'spring')).toBe('2026-SP');
    expect(value('Until May, they said nothing.', '2026-12-03', 'May')).toBe('2026-05');
  });

  it.each([
    ['Until March, officials said nothing would change.', 'March', '2025-03'],
    ['Until spring, analysts said little would improve.', 'spring', '2025-SP'],
    ['Until June, the club said nobody would be sold.', 'June', '2025-06'],
    ['Until summer, the coach said none of the players would be traded.', 'summer', '2025-SU'],
  ])(
    'reads %j, said in December, ahead: the nothing is the subject of the clause reported',
    (text, words, ahead) => {
      expect(value(text, '2024-12-10', words)).toBe(ahead);
      expect(timemlValue(text, '2024-12-10', words)).toBe(ahead);
    },
  );

  it('still reads "said nothing" before an adverb or a day as saying nothing', () => {
    expect(tense('Until May, officials said nothing publicly.', 'May')).toBe('past');
    expect(value('Until June, the club said nothing on Monday.', '2024-12-10', 'June')).toBe(
      '2024-06',
    );
  });
});
