import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const SEPT_8 = { published: '1999-09-08', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);

describe("a plural subject's bare 'hold', 'sign' or 'elect' with its proceedings", () => {
  it('reads "The two presidents hold talks on Friday" as the coming Friday, in both readings', () => {
    expect(news('The two presidents hold talks on Friday.')).toEqual([['on Friday', '1999-09-10']]);
    expect(timeml('The two presidents hold talks on Friday.')).toEqual([['Friday', '1999-09-10']]);
  });

  it('reads elections, a summit, a treaty and a parliament alike', () => {
    expect(timeml('Palestinians hold elections on Saturday.')).toEqual([
      ['Saturday', '1999-09-11'],
    ]);
    expect(timeml('The leaders hold a summit in Moscow on Saturday.')).toEqual([
      ['Saturday', '1999-09-11'],
    ]);
    expect(timeml('Both sides sign the accord Friday in Paris.')).toEqual([
      ['Friday', '1999-09-10'],
    ]);
    expect(timeml('Voters elect a new parliament on Sunday.')).toEqual([['Sunday', '1999-09-12']]);
    expect(timeml('The ministers hold a joint news conference Friday.')).toEqual([
      ['Friday', '1999-09-10'],
    ]);
  });

  it("keeps a past verb and a market's level as they were", () => {
    expect(timeml('They held talks on Friday.')).toEqual([['Friday', '1999-09-03']]);
    expect(timeml('Ministers signed the treaty on Friday.')).toEqual([['Friday', '1999-09-03']]);
    expect(timeml('Prices hold steady on Friday.')).toEqual([['Friday', '1999-09-03']]);
  });

  it('takes no noun past a preposition or conjunction for the object of "hold"', () => {
    expect(timeml('Shares hold gains after the vote on Friday.')).toEqual([
      ['Friday', '1999-09-03'],
    ]);
    expect(timeml('Exit polls hold up after the vote on Sunday.')).toEqual([
      ['Sunday', '1999-09-05'],
    ]);
    expect(timeml('Troops hold the line as talks stall on Friday.')).toEqual([
      ['Friday', '1999-09-03'],
    ]);
  });
});
