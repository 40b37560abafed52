import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 24 February 1998.
const TUESDAY = { published: '1998-02-24', locale: 'en-US' } as const;
const both = (text: string) => {
  const news = findMentions(text, TUESDAY).map((m) => `${m.text} = ${m.value}`);
  const timeml = findTimemlMentions(text, TUESDAY).map((m) => `${m.text} = ${m.value}`);
  expect(timeml).toEqual(news);
  return news;
};

describe('a tens word apart from a length before a plural noun counts the things', () => {
  it('reads "The Security Council heard thirty five-minute statements", said on 24 February 1998, as five minutes', () => {
    expect(both('The Security Council heard thirty five-minute statements.')).toEqual([
      'five-minute = PT5M',
    ]);
  });

  it('reads "forty two-minute practice sessions" as two minutes, a word before the noun', () => {
    expect(both('The skaters get forty two-minute practice sessions.')).toEqual([
      'two-minute = PT2M',
    ]);
  });

  it('reads "twenty three-hour shifts" as three hours', () => {
    expect(both('Rescue crews have worked twenty three-hour shifts.')).toEqual([
      'three-hour = PT3H',
    ]);
  });

  it('keeps "After a thirty five-minute delay" one length of thirty-five minutes', () => {
    expect(both('After a thirty five-minute delay, the countdown resumed.')).toEqual([
      'thirty five-minute = PT35M',
    ]);
  });

  it('keeps "The thirty five-minute delay is over" one length, "is" no plural noun', () => {
    expect(both('The thirty five-minute delay is over.')).toEqual(['thirty five-minute = PT35M']);
  });

  it.each([
    [
      'The thirty five-minute drive takes the inspectors to the palace gates.',
      'thirty five-minute = PT35M',
    ],
    ['Her forty five-minute speech opens the session.', 'forty five-minute = PT45M'],
    ['The fifty five-minute meeting ends with no agreement.', 'fifty five-minute = PT55M'],
  ])('keeps "%s", a determiner before it, one length', (text, found) => {
    expect(both(text)).toEqual([found]);
  });

  it('keeps "twenty-five-minute statements", the two words joined, one length', () => {
    expect(both('They heard twenty-five-minute statements.')).toEqual([
      'twenty-five-minute = PT25M',
    ]);
  });

  it('keeps "spoke for twenty five minutes" one length', () => {
    expect(both('The President spoke for twenty five minutes.')).toEqual([
      'twenty five minutes = PT25M',
    ]);
  });
});
