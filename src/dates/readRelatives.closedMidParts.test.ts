import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on Thursday 26 October 1989.
const OPTIONS = { published: '1989-10-26', locale: 'en-US' } as const;

/** Every news mention as [text, value, mod]. */
function news(text: string): [string, string, string | undefined][] {
  return findMentions(text, OPTIONS).map((m) => [m.text, m.value, m.mod]);
}

/** Every TimeML mention as [text, value, type]. */
function timeml(text: string): [string, string, string][] {
  return findTimemlMentions(text, OPTIONS).map((m) => [m.text, m.value, m.type]);
}

describe('a middle of the day written closed up, as the market pages write it', () => {
  it('reads "Bond prices slipped early but recovered by midafternoon" as the afternoon of the day', () => {
    const text = 'Bond prices slipped early but recovered by midafternoon.';
    expect(news(text)).toEqual([['midafternoon', '1989-10-26', 'MID']]);
    expect(timeml(text)).toEqual([['midafternoon', '1989-10-26TAF', 'TIME']]);
  });

  it('reads "By midmorning, the Dow was off 12 points" as the morning of the day', () => {
    expect(timeml('By midmorning, the Dow was off 12 points.')).toEqual([
      ['midmorning', '1989-10-26TMO', 'TIME'],
    ]);
  });

  it('reads "in midafternoon trading" as the market\'s afternoon, as "in afternoon trading" is', () => {
    expect(timeml('The stock fell 2 in midafternoon trading.')).toEqual([
      ['midafternoon', '1989-10-26TAF', 'TIME'],
    ]);
  });

  it('reads "At midafternoon, the index was down 15 points" in a past clause', () => {
    expect(timeml('At midafternoon, the index was down 15 points.')).toEqual([
      ['midafternoon', '1989-10-26TAF', 'TIME'],
    ]);
    expect(timeml('At mid-afternoon, the index was down 15 points.')).toEqual([
      ['mid-afternoon', '1989-10-26TAF', 'TIME'],
    ]);
  });

  it('reads nothing in "The market opens at midmorning", a schedule of no one day', () => {
    expect(news('The market opens at midmorning.')).toEqual([]);
    expect(timeml('The market opens at midmorning.')).toEqual([]);
  });

  it('reads nothing in "The guards change at early morning shifts", a kind of shift', () => {
    expect(news('The guards change at early morning shifts.')).toEqual([]);
  });

  it('keeps "midmorning Friday" one time of the Friday', () => {
    expect(timeml('Prices firmed at midmorning Friday.')).toEqual([
      ['midmorning Friday', '1989-10-20TMO', 'TIME'],
    ]);
  });
});
