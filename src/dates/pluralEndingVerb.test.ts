import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const SEPT_8 = { published: '1999-09-08', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);

describe("a plural subject's bare verb of ending before a weekday", () => {
  it('reads "The hearings end Friday" as the coming Friday, in both readings', () => {
    expect(news('The hearings end Friday.')).toEqual([['Friday', '1999-09-10']]);
    expect(timeml('The hearings end Friday.')).toEqual([['Friday', '1999-09-10']]);
  });

  it('reads concluding, finishing, adjourning and wrapping up alike', () => {
    expect(timeml('The talks conclude Tuesday in Oslo.')).toEqual([['Tuesday', '1999-09-14']]);
    expect(timeml('The Games finish Sunday.')).toEqual([['Sunday', '1999-09-12']]);
    expect(timeml('Both chambers adjourn Friday for the recess.')).toEqual([
      ['Friday', '1999-09-10'],
    ]);
    expect(news('The negotiations wrap up on Thursday.')).toEqual([['on Thursday', '1999-09-09']]);
  });

  it('reads the verb after "that" or "which" of a plural, and after a relative clause', () => {
    expect(timeml('The minister flew to Geneva on Saturday for talks that end Tuesday.')).toEqual([
      ['Saturday', '1999-09-04'],
      ['Tuesday', '1999-09-14'],
    ]);
    expect(timeml('The talks, which began in March, end Friday.')).toEqual([
      ['March', '1999-03'],
      ['Friday', '1999-09-10'],
    ]);
  });

  it('keeps a past verb, a noun "end" and an outcome ("end in deadlock") as they were', () => {
    expect(timeml('The talks ended Friday.')).toEqual([['Friday', '1999-09-03']]);
    expect(timeml('It was a dead end on Friday.')).toEqual([['Friday', '1999-09-03']]);
    expect(timeml('The talks end in deadlock on Friday.')).toEqual([['Friday', '1999-09-03']]);
    expect(timeml('Stocks end on a high note on Friday.')).toEqual([['Friday', '1999-09-03']]);
    expect(timeml('Shares finish at a record high on Friday.')).toEqual([['Friday', '1999-09-03']]);
  });
});
