import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { tenseAround } from './tenseAround.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );
const tense = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  return tenseAround(sentence, start, start + words.length);
};

describe('tenseAround: a modal right after a date with an article before it', () => {
  it('reads "The Easter weekend will be busy", said on 22 July 2026, as the Easter to come', () => {
    expect(read('The Easter weekend will be busy.', '2026-07-22')).toEqual([
      ['Easter weekend = 2027-W12-WE'],
      ['Easter weekend = 2027-W12-WE'],
    ]);
  });

  it('reads "The August bank holiday weekend will see the busiest roads", said in July, as this August\'s', () => {
    const text = 'The August bank holiday weekend will see the busiest roads.';
    expect(read(text, '2026-07-22')).toEqual([
      ['August bank holiday weekend = 2026-W35-WE'],
      ['August bank holiday weekend = 2026-W35-WE'],
    ]);
  });

  it('tells "The weekend could bring snow" and "The weekend will stay dry" ahead', () => {
    expect(tense('The weekend could bring snow.', 'weekend')).toBe('future');
    expect(tense('The weekend will stay dry.', 'weekend')).toBe('future');
  });

  it('reads "The Friday could not have gone worse for the champions", said on Monday 16 March 2026, as the Friday gone by', () => {
    const text = 'The Friday could not have gone worse for the champions.';
    expect(read(text, '2026-03-16')).toEqual([['Friday = 2026-03-13'], ['Friday = 2026-03-13']]);
  });

  it('still takes the noun after "the Sunday" for a noun, not a verb of schedule', () => {
    expect(tense('Turnout in the Sunday vote was low.', 'Sunday')).toBe('past');
  });
});
