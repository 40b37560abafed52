import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_11 = { published: '1998-03-11', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MARCH_11).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_11).map((m) => [m.text, m.value] as const);

describe("a plural subject's bare verb of travel before a weekday", () => {
  it('reads "Senators return to the capital Monday" as the coming Monday, in both readings', () => {
    expect(news('Senators return to the capital Monday to take up the highway bill.')).toEqual([
      ['Monday', '1998-03-16'],
    ]);
    expect(timeml('Senators return to the capital Monday to take up the highway bill.')).toEqual([
      ['Monday', '1998-03-16'],
    ]);
  });

  it('reads arriving, leaving and resuming talks alike', () => {
    expect(news('The leaders arrive in Geneva Friday for the summit.')).toEqual([
      ['Friday', '1998-03-13'],
    ]);
    expect(news('Troops leave for Bosnia Monday.')).toEqual([['Monday', '1998-03-16']]);
    expect(timeml('The two sides resume talks Thursday in Oslo.')).toEqual([
      ['Thursday', '1998-03-12'],
    ]);
  });

  it('keeps a past verb, a noun of travel and a verb after no plural as they were', () => {
    expect(news('Troops left for Bosnia Monday.')).toEqual([['Monday', '1998-03-09']]);
    expect(news('The return to Moscow on Monday was quiet.')).toEqual([
      ['on Monday', '1998-03-09'],
    ]);
  });

  it('keeps the day gone by after "leave at least": "Tornadoes leave at least 12 dead Monday"', () => {
    expect(news('Tornadoes leave at least 12 dead in Oklahoma Monday.')).toEqual([
      ['Monday', '1998-03-09'],
    ]);
    expect(timeml('Floods leave at most a few homeless Monday.')).toEqual([
      ['Monday', '1998-03-09'],
    ]);
  });
});
