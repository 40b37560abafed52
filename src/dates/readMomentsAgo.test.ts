import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JAN_7 = { published: '2000-01-07', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, JAN_7).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, JAN_7).map((m) => [m.text, m.value] as const);

describe('uncounted times back within the day', () => {
  it('reads "Just moments ago" as the publication day, as "an hour ago" is, "just" left out as for "just months ago"', () => {
    expect(news('Just moments ago, the jury returned its verdict.')).toEqual([
      ['moments ago', '2000-01-07'],
    ]);
    expect(timeml('Just moments ago, the jury returned its verdict.')).toEqual([
      ['moments ago', '2000-01-07'],
    ]);
  });

  it('reads "minutes ago", "hours ago", "a moment ago" and "a short while ago" alike', () => {
    expect(news('The shuttle touched down minutes ago in Florida.')).toEqual([
      ['minutes ago', '2000-01-07'],
    ]);
    expect(news('The polls closed only hours ago.')).toEqual([['hours ago', '2000-01-07']]);
    expect(news('A short while ago, the mayor told reporters the water is safe.')).toEqual([
      ['A short while ago', '2000-01-07'],
    ]);
    expect(timeml('She spoke to us a little while ago from Atlanta.')).toEqual([
      ['a little while ago', '2000-01-07'],
    ]);
  });

  it('reads "Just a short time ago, the White House responded", a broadcast\'s, as the day too', () => {
    expect(news('Just a short time ago, the White House responded.')).toEqual([
      ['a short time ago', '2000-01-07'],
    ]);
    expect(timeml('Just a short time ago, the White House responded.')).toEqual([
      ['a short time ago', '2000-01-07'],
    ]);
  });

  it('leaves "a short time ago" unread after "not", "only", "until" or a relative pronoun, weeks or years back', () => {
    for (const text of [
      'It was not a short time ago; the plant closed nearly a decade ago.',
      'Only a short time ago, in 1990, the company was worth $2 billion.',
      'Until a short time ago, the plant employed 2,000 workers.',
      "The fund, which a short time ago was the nation's largest, collapsed.",
      'Prices that a short time ago seemed unthinkable are common.',
      'Till a short time ago, few investors had heard of the firm.',
      'Investors who a short time ago were buying are now selling.',
    ]) {
      expect(news(text).filter(([phrase]) => /short time/.test(phrase))).toEqual([]);
      expect(timeml(text).filter(([phrase]) => /short time/.test(phrase))).toEqual([]);
    }
  });

  it('leaves "a long time ago" unread, no time within the day', () => {
    expect(news('The two men met a long time ago in Texas.')).toEqual([]);
    expect(timeml('The two men met a long time ago in Texas.')).toEqual([]);
  });

  it('leaves a counted time back to the count, and a bare "a while ago" unread', () => {
    expect(news('The bomb went off 48 hours ago.')).toEqual([['48 hours ago', '2000-01-05']]);
    expect(news('I read that book a while ago.')).toEqual([]);
  });
});
