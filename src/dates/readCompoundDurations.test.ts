import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('a length told in two units', () => {
  it('reads "one minute and 20 seconds" as one duration (PT1M20S) in TimeML mode', () => {
    expect(timeml('He ran the mile in one minute and 20 seconds.')).toEqual([
      ['one minute and 20 seconds', 'DURATION', 'PT1M20S'],
    ]);
  });

  it('keeps the two counts apart in the news reading', () => {
    expect(news('The match lasted three hours and 20 minutes.')).toEqual([
      ['three hours', 'DURATION', 'PT3H'],
      ['20 minutes', 'DURATION', 'PT20M'],
    ]);
  });

  it('reads "two hours and 15 minutes" and "three years and six months" as one duration', () => {
    expect(timeml('The rescue took two hours and 15 minutes.')).toEqual([
      ['two hours and 15 minutes', 'DURATION', 'PT2H15M'],
    ]);
    expect(timeml('He was jailed for three years and six months.')).toEqual([
      ['three years and six months', 'DURATION', 'P3Y6M'],
    ]);
  });

  it('keeps two lengths apart when the second unit is not the smaller', () => {
    expect(timeml('He spent 20 minutes and then two hours there.')).toEqual([
      ['20 minutes', 'DURATION', 'PT20M'],
      ['two hours', 'DURATION', 'PT2H'],
    ]);
    expect(timeml('Talks lasted three days and two weeks later resumed.')).toEqual(
      expect.arrayContaining([['three days', 'DURATION', 'P3D']]),
    );
  });
});

describe('a length in two units written with digits or a comma', () => {
  it('reads "1 hour and 42 minutes" as one duration (PT1H42M) in TimeML mode', () => {
    expect(timeml('The flight took 1 hour and 42 minutes.')).toEqual([
      ['1 hour and 42 minutes', 'DURATION', 'PT1H42M'],
    ]);
  });

  it('reads "3 hours, 20 minutes" as one duration (PT3H20M) in TimeML mode', () => {
    expect(timeml('The hearing lasted 3 hours, 20 minutes.')).toEqual([
      ['3 hours, 20 minutes', 'DURATION', 'PT3H20M'],
    ]);
  });

  it('reads "two years and three months" as one duration (P2Y3M) in TimeML mode', () => {
    expect(timeml('She served two years and three months.')).toEqual([
      ['two years and three months', 'DURATION', 'P2Y3M'],
    ]);
  });
});

describe('two lengths in two clauses', () => {
  it('keeps "two years, and three months were suspended" as two durations', () => {
    expect(timeml('The sentence was two years, and three months were suspended.')).toEqual([
      ['two years', 'DURATION', 'P2Y'],
      ['three months', 'DURATION', 'P3M'],
    ]);
  });

  it('keeps "two years and three months were added" as two durations', () => {
    expect(timeml('He got two years and three months were added later on.')).toEqual([
      ['two years', 'DURATION', 'P2Y'],
      ['three months', 'DURATION', 'P3M'],
    ]);
  });
});

describe('a length in two units counted from a time', () => {
  it('leaves "two years and three months ago" to the count from publication', () => {
    expect(timeml('He left two years and three months ago.')).not.toContainEqual([
      'two years and three months',
      'DURATION',
      'P2Y3M',
    ]);
  });
});
