import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const GB = { published: '2026-02-18', locale: 'en-GB' } as const;
const read = (mentions: ReturnType<typeof findMentions>) => mentions.map((m) => [m.text, m.value]);

describe('a share of a century', () => {
  it.each([
    ['He has lived in exile for a quarter of a century.', 'a quarter of a century', 'P25Y'],
    ['The conflict has dragged on for a quarter-century.', 'a quarter-century', 'P25Y'],
    ['He served a quarter century in prison.', 'a quarter century', 'P25Y'],
    ['The vote ended a half-century of one-party rule.', 'a half-century', 'P50Y'],
    ['The dynasty ruled for three-quarters of a century.', 'three-quarters of a century', 'P75Y'],
  ])('reads %j as its length in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, GB))).toEqual([[words, value]]);
  });

  it('does not read a hundred years inside a quarter of one', () => {
    expect(
      read(findMentions('The president has governed for a quarter of a century.', GB)),
    ).not.toContainEqual(['a century', 'P100Y']);
  });

  it('does not read a share joined to a noun as a length', () => {
    expect(read(findMentions('They restored a half-century-old church.', GB))).toEqual([]);
  });

  it('still reads a whole century alone', () => {
    expect(read(findMentions('The feud lasted a century.', GB))).toEqual([['a century', 'P100Y']]);
  });

  it.each([
    ['The plant closed a quarter of a century ago.', 'a quarter of a century ago', '2001'],
    ['A quarter-century ago, the band played its first gig here.', 'A quarter-century ago', '2001'],
    ['Half a century ago, the dam burst.', 'Half a century ago', '1976'],
    ['The church was rebuilt a half-century ago.', 'a half-century ago', '1976'],
    ['The mine shut three-quarters of a century ago.', 'three-quarters of a century ago', '1951'],
  ])('reads %j as the year counted back, in both readings', (text, words, value) => {
    for (const find of [findMentions, findTimemlMentions])
      expect(read(find(text, GB))).toEqual([[words, value]]);
  });

  it('reads "half a century" with no article as its length', () => {
    expect(read(findMentions('She has led the party for half a century.', GB))).toEqual([
      ['half a century', 'P50Y'],
    ]);
  });
});
