import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const FEB_13 = { published: '2023-02-13', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, FEB_13).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, FEB_13).map((m) => [m.text, m.type, m.value] as const);

describe('one unit from an event to now', () => {
  it('reads "the week since the quake" as a length of one week in both readings', () => {
    const text = 'In the week since the quake, more than 35,000 bodies have been recovered.';
    expect(read(text)).toEqual([['the week', 'DURATION', 'P1W']]);
    expect(readTimeml(text)).toEqual([['the week', 'DURATION', 'P1W']]);
  });

  it('reads the month, the year and the fortnight since an event as one unit each', () => {
    expect(read('In the month since the invasion, a million people have fled.')).toEqual([
      ['the month', 'DURATION', 'P1M'],
    ]);
    expect(read('Prices have doubled in the year since he took office.')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
    ]);
    expect(read('In the fortnight since the storm, aid has trickled in.')).toEqual([
      ['the fortnight', 'DURATION', 'P2W'],
    ]);
  });

  it('keeps reading a count of units since an event as that count', () => {
    expect(read('In the two weeks since the earthquake, aid has poured in.')).toEqual([
      ['two weeks', 'DURATION', 'P2W'],
    ]);
  });

  it('reads no length in a unit ranked or counted before "since"', () => {
    const lengths = (text: string) => read(text).filter(([, type]) => type === 'DURATION');
    expect(lengths('It was the deadliest day since October.')).toEqual([]);
    expect(read('It was the first week since the truce without a death.')).toEqual([]);
    expect(lengths('It was the best week for stocks since March.')).toEqual([]);
  });
});
