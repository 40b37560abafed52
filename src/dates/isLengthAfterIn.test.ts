import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

// A Tuesday.
const FEB_16 = { published: '2021-02-16', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, FEB_16).map((m) => [m.text, m.value] as const);

describe('a superlative with its noun left unsaid before a count after "in"', () => {
  it("reads 'the coldest in 72 years' as how long since, not a year ahead", () => {
    expect(read('Dallas fell to minus 2 degrees, the coldest in 72 years.')).toEqual([
      ['72 years', 'P72Y'],
    ]);
    expect(read('Snowfall in Austin was the heaviest in 30 years.')).toEqual([
      ['30 years', 'P30Y'],
    ]);
    expect(read('Power demand hit its highest in a decade on Sunday.')).toContainEqual([
      'a decade',
      'P10Y',
    ]);
  });

  it('still reads a count ahead after a region ending in "-west" or a noun in "-est"', () => {
    expect(read('Forecasters say the Southwest gets heavy rain in three days.')).toEqual([
      ['in three days', '2021-02-19'],
    ]);
    expect(read('The Midwest will see snow in two days.')).toEqual([['in two days', '2021-02-18']]);
    expect(read('A new priest arrives in two weeks.')).toEqual([['in two weeks', '2021-W09']]);
  });
});

describe('a superlative with a phrase of place after its noun', () => {
  it("reads 'the deadliest crash in the area in a decade' as how long since", () => {
    expect(read('It is the deadliest crash in the area in a decade.')).toEqual([
      ['a decade', 'P10Y'],
    ]);
    expect(read('It was the biggest drop on Wall Street in two years.')).toEqual([
      ['two years', 'P2Y'],
    ]);
  });

  it('reads a count ahead when the superlative is the subject of a plan', () => {
    expect(read('The best player on the team will return in two weeks.')).toEqual([
      ['in two weeks', '2021-W09'],
    ]);
  });
});

describe('a count after a bound or a noun that only looks like a superlative', () => {
  const may8 = { published: '2013-05-08', locale: 'en-US' } as const;
  const readMay8 = (text: string) =>
    findMentions(text, may8).map((m) => [m.text, m.value] as const);

  it("reads 'The plant will reopen at the earliest in two weeks' as a date ahead, not a length", () => {
    expect(readMay8('The plant will reopen at the earliest in two weeks.')).toEqual([
      ['in two weeks', '2013-W21'],
    ]);
    expect(readMay8('The talks could end at the soonest in three days.')).toContainEqual([
      'in three days',
      '2013-05-11',
    ]);
  });

  it("reads 'Scientists will survey the rainforest in two weeks' as a date ahead", () => {
    expect(readMay8('Scientists will survey the rainforest in two weeks.')).toEqual([
      ['in two weeks', '2013-W21'],
    ]);
    expect(readMay8('Forecasters say the tempest arrives in two days.')).toEqual([
      ['in two days', '2013-05-10'],
    ]);
  });

  it('still reads a superlative ending in -test or -pest as one', () => {
    expect(readMay8('It was the greatest loss in two years.')).toEqual([['two years', 'P2Y']]);
  });

  it("reads 'The oldest church in town reopens in two weeks' as a date ahead, its verb after the place", () => {
    expect(readMay8('The oldest church in town reopens in two weeks.')).toEqual([
      ['in two weeks', '2013-W21'],
    ]);
    expect(readMay8('It was the biggest drop on Wall Street in two years.')).toEqual([
      ['two years', 'P2Y'],
    ]);
  });
});
