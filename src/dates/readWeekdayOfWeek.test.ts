import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

// A Wednesday: its ISO week runs from Monday 10 to Sunday 16 March 2025.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('a weekday of last, this or next week', () => {
  it('reads "on Thursday last week" as that weekday of the week before publication', () => {
    expect(read('The Kremlin said on Thursday last week that it had not been briefed.')).toEqual([
      ['on Thursday last week', 'DATE', '2025-03-06'],
    ]);
  });

  it('reads "Tuesday of last week" and "Monday this week" in their weeks', () => {
    expect(read('He met the envoy on Tuesday of last week.')).toEqual([
      ['on Tuesday of last week', 'DATE', '2025-03-04'],
    ]);
    expect(read('The firm said on Monday this week that it had sold the unit.')).toEqual([
      ['on Monday this week', 'DATE', '2025-03-10'],
    ]);
  });

  it('reads "Saturday next week" in the week after publication, whatever the tense', () => {
    expect(read('The team plays on Saturday next week.')).toEqual([
      ['on Saturday next week', 'DATE', '2025-03-22'],
    ]);
    expect(read('Officials said the vote would be held Sunday next week.')).toEqual([
      ['Sunday next week', 'DATE', '2025-03-23'],
    ]);
  });

  it('reads "this week" said on a Sunday as the week ahead when the sentence looks ahead', () => {
    // A Sunday, the last day of the ISO week from Monday 10 March 2025.
    const sunday = (text: string) =>
      findMentions(text, { published: '2025-03-16', locale: 'en-US' }).map((m) => m.value);
    expect(sunday('The trade fair opens Thursday this week.')).toEqual(['2025-03-20']);
    expect(sunday('Bids close on Tuesday this week, the agency said.')).toEqual(['2025-03-18']);
    expect(sunday('The envoy arrived on Thursday this week.')).toEqual(['2025-03-13']);
  });

  it('reads "last week on Thursday" as the same day', () => {
    expect(read('They met last week on Thursday.')).toEqual([
      ['last week on Thursday', 'DATE', '2025-03-06'],
    ]);
  });

  it('does not read a weekday before "next week’s" or "the last week" as a day of that week', () => {
    const texts = (text: string) => read(text).map(([words]) => words);
    expect(texts('On Friday next week’s budget will be published.')).not.toContain(
      'On Friday next week',
    );
    expect(texts('The index fell 3% in the last week on Thursday.')).toEqual([
      'the last week',
      'on Thursday',
    ]);
  });

  it('leaves a weekday and a week that only stand side by side apart', () => {
    expect(read('He arrived on Monday; last week he was in Rome.').map(([text]) => text)).toEqual([
      'on Monday',
      'last week',
    ]);
  });
});
