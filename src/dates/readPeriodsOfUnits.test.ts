import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]),
  );

describe('a noun of stretch and "of" before a bare plural unit', () => {
  it.each([
    ['Linda Tripp taped their conversations over a period of months.', 'a period of months', 'PXM'],
    [
      'Over the course of months, the two sides narrowed their differences.',
      'the course of months',
      'PXM',
    ],
    ['The city fell in the space of days.', 'the space of days', 'PXD'],
    ['A span of decades separates the two trials.', 'A span of decades', 'PXE'],
    ['The rebels were pushed back over a stretch of weeks.', 'a stretch of weeks', 'PXW'],
    ['Thousands fled in the course of hours.', 'the course of hours', 'PTXH'],
  ])('reads %j as an uncounted length in both readings', (text, words, value) => {
    for (const found of both(text, '1998-01-26')) expect(found).toEqual([[words, value]]);
  });

  it('leaves a count after "of" to the counts: "The fighting went on for a period of three days" is P3D', () => {
    for (const found of both('The fighting went on for a period of three days.', '1998-01-26'))
      expect(found).toEqual([['three days', 'P3D']]);
  });

  it('leaves a unit with a capital, a title\'s: "She starred in A Period of Days"', () => {
    for (const found of both('She starred in A Period of Days.', '1998-01-26'))
      expect(found).toEqual([]);
  });

  it('leaves a unit that heads a compound: "a span of decades-old crossings" is no length', () => {
    for (const found of both(
      'It is one of a span of decades-old crossings on the river.',
      '1998-02-11',
    ))
      expect(found).toEqual([]);
  });

  it.each([
    [
      'The dispute covers the course of years two and three of the contract.',
      'the course of years',
    ],
    ['Testimony was heard over the span of days 4 and 5 of the trial.', 'the span of days'],
  ])('leaves a unit numbered by a count after it: %j', (text, words) => {
    for (const found of both(text, '1995-06-12'))
      expect(found.map(([w]) => w)).not.toContain(words);
  });

  it.each([
    ['A period of mourning was declared after the attack.'],
    ['Troops patrolled a stretch of road near the border.'],
  ])('does not read %j, a stretch of something else', (text) => {
    for (const found of both(text, '1998-01-26')) expect(found).toEqual([]);
  });
});
