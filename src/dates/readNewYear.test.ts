import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value] as const);
const timeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map(
    (m) => [m.text, m.type, m.value] as const,
  );

describe('"the new year"', () => {
  it('reads "the new year" in copy of the last months of a year as the year to come', () => {
    expect(read('Talks resume in the new year.', '2025-12-05')).toEqual([['the new year', '2026']]);
    expect(read('The plant will close in the new year.', '2025-11-14')).toEqual([
      ['the new year', '2026'],
    ]);
    expect(timeml('The company plans to hire early in the new year.', '2025-12-18')).toEqual([
      ['the new year', 'DATE', '2026'],
    ]);
  });

  it('reads "the new year" in January or February as the year just begun', () => {
    expect(read('The new year began with a cold snap.', '2026-01-06')).toEqual([
      ['The new year', '2026'],
    ]);
    expect(read('Since the new year, prices have risen twice.', '2026-02-10')).toEqual([
      ['the new year', '2026'],
    ]);
  });

  it('reads "The new year began" in December copy as the year that began, not the one to come', () => {
    expect(read('The new year began with a cold snap.', '2025-12-05')).toEqual([
      ['The new year', '2025'],
    ]);
    expect(read('Since the new year, prices have risen twice.', '2025-11-20')).toEqual([
      ['the new year', '2025'],
    ]);
    expect(read('The new year has brought three rate rises.', '2025-12-12')).toEqual([
      ['The new year', '2025'],
    ]);
    // Near misses: the year to come, and one that begins in a clause still ahead.
    expect(read('The new year begins with a strike.', '2025-12-05')).toEqual([
      ['The new year', '2026'],
    ]);
    expect(read('Fares rise when the new year starts.', '2025-12-05')).toEqual([
      ['the new year', '2026'],
    ]);
    expect(read('The new year will bring higher fares.', '2025-12-05')).toEqual([
      ['The new year', '2026'],
    ]);
  });

  it('reads "as the new year approached" in December copy as the year to come, a past verb not telling it begun', () => {
    expect(read('Shoppers stocked up as the new year approached.', '2026-12-02')).toEqual([
      ['the new year', '2027'],
    ]);
  });

  it('reads "the new year loomed large" in December copy as the year to come', () => {
    expect(
      read('Ministers met again; the new year loomed large over talks.', '2026-12-20'),
    ).toEqual([['the new year', '2027']]);
    // Near misses: verbs of beginning still tell it begun.
    expect(read('The new year got off to a wet start.', '2026-12-02')).toEqual([
      ['The new year', '2026'],
    ]);
    expect(read('The new year kicked off with a strike.', '2026-12-02')).toEqual([
      ['The new year', '2026'],
    ]);
    expect(read('The new year brought little relief to farmers.', '2026-12-02')).toEqual([
      ['The new year', '2026'],
    ]);
  });

  it('reads no year in a new year of something, the holiday, or copy of the middle of the year', () => {
    expect(read("The new year's budget was approved.", '2025-12-05')).toEqual([]);
    expect(read('A new year of austerity awaits.', '2025-12-10')).toEqual([]);
    expect(read('The new year honours list is out.', '2025-12-29')).toEqual([]);
    expect(read('Iranians celebrated the new year.', '2025-04-10')).toEqual([]);
    expect(read('The plant will close in the new year.', '2025-10-15')).toEqual([]);
    expect(read("Fireworks are planned for New Year's Eve.", '2025-12-05')).toEqual([
      ["New Year's Eve", '2025-12-31'],
    ]);
  });

  it('reads no year in the new year of another calendar or of a school, college or budget', () => {
    // The feast is read (hebrewFeasts), the new year it marks is not.
    expect(
      read('Rosh Hashanah marks the new year for Jews around the world.', '2025-09-15'),
    ).toEqual([['Rosh Hashanah', '2025-09-23']]);
    expect(read('Pupils returned to school for the new year.', '2026-01-05')).toEqual([]);
    expect(
      read('Families travelled home to mark the new year, the Chinese festival.', '2026-02-10'),
    ).toEqual([]);
    expect(read('The new year of the Jewish calendar begins at sundown.', '2025-12-05')).toEqual(
      [],
    );
    expect(read('Ministers will publish a fiscal plan for the new year.', '2025-12-05')).toEqual(
      [],
    );
  });
});
