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
});
