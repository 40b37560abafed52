import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2026-03-11', locale: 'en-US' } as const;
const lengths = (mentions: ReturnType<typeof findMentions>) =>
  mentions.map((m) => [m.text, m.value, m.type]);

describe('one unit long before a noun, with no count or article of its own', () => {
  it.each([
    ['The week-long festival opened in Cannes.', 'week-long', 'P1W'],
    ['Its decade-long war with the rebels ended in a truce.', 'decade-long', 'P10Y'],
    ['The union called off its month-long strike.', 'month-long', 'P1M'],
    ['Talks resumed after the fortnight-long break.', 'fortnight-long', 'P2W'],
    ["The president's hour-long speech drew applause.", 'hour-long', 'PT1H'],
  ])('reads %j as a length in both readings', (text, words, value) => {
    for (const read of [findMentions, findTimemlMentions])
      expect(lengths(read(text, US))).toEqual([[words, value, 'DURATION']]);
  });

  it('keeps the readings of a counted length and of one after "a"', () => {
    expect(lengths(findTimemlMentions('It ended a two-decade-long conflict.', US))).toEqual([
      ['two-decade-long', 'P20Y', 'DURATION'],
    ]);
    expect(lengths(findTimemlMentions('A year-long inquiry began.', US))).toEqual([
      ['year-long', 'P1Y', 'DURATION'],
    ]);
  });

  it('does not read a length in a word that is no unit', () => {
    expect(
      lengths(findMentions('The Daylong Festival and a yard-long fish drew crowds.', US)),
    ).toEqual([]);
  });
});
