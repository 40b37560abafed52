import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('minutes to or past a midnight with its day', () => {
  it('reads "At five to midnight on Friday" as Friday at 23:55 in both readings', () => {
    const text = 'At five to midnight on Friday the deal was signed.';
    const want = [['five to midnight on Friday', 'TIME', '2025-03-07T23:55']];
    expect(news(text)).toEqual(want);
    expect(timeml(text)).toEqual(want);
  });

  it('reads "at twenty past midnight yesterday" as yesterday at 00:20 in both readings', () => {
    const text = 'The motion passed at twenty past midnight yesterday.';
    const want = [['twenty past midnight yesterday', 'TIME', '2025-03-11T00:20']];
    expect(news(text)).toEqual(want);
    expect(timeml(text)).toEqual(want);
  });

  it.each([
    [
      'They met at a quarter to midnight on Sunday.',
      'a quarter to midnight on Sunday',
      '2025-03-09T23:45',
    ],
    [
      'They met at twenty past midnight on Friday.',
      'twenty past midnight on Friday',
      '2025-03-07T00:20',
    ],
    [
      'They met at a quarter past noon on Monday.',
      'a quarter past noon on Monday',
      '2025-03-10T12:15',
    ],
  ])('reads %j with its day in both readings', (text, words, value) => {
    const want = [[words, 'TIME', value]];
    expect(news(text)).toEqual(want);
    expect(timeml(text)).toEqual(want);
  });

  it('does not take "five to" for minutes without a word that puts a time on it', () => {
    expect(timeml('Prices rose five to midnight levels.')).toEqual([
      ['midnight', 'TIME', '2025-03-12T00:00'],
    ]);
  });

  it('still reads "at midnight on Friday" as the midnight that ends Friday', () => {
    expect(timeml('The deal was signed at midnight on Friday.')).toEqual([
      ['midnight on Friday', 'TIME', '2025-03-07T24'],
    ]);
  });
});
