import { describe, expect, it } from 'vitest';
import { ENTRIES_OPEN } from './entriesOpen.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 22 October 2025: the coming Saturday is the 25th, the last one the 18th.
const PUBLISHED = { published: '2025-10-22', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('what the public may buy or enter for, said to open or close', () => {
  it('reads tickets for a season going on sale Saturday as the coming Saturday, in both readings', () => {
    const text = 'Tickets for the winter season go on sale Saturday.';
    expect(news(text)).toContain('Saturday 2025-10-25');
    expect(timeml(text)).toContain('Saturday 2025-10-25');
  });

  it.each([
    ['Applications for the program open on Monday.', 'on Monday 2025-10-27'],
    ['Nominations for the arts prize close on Friday.', 'on Friday 2025-10-24'],
    ['Registration for the city marathon opens in November.', 'November 2025-11'],
  ])('looks ahead in %j', (text, reading) => {
    expect(news(text)).toEqual([reading]);
  });

  it('keeps a past of the same words gone by', () => {
    expect(news('Tickets for the show went on sale Saturday.')).toEqual(['Saturday 2025-10-18']);
    expect(news('Tickets for the final sold out on Saturday.')).toEqual(['on Saturday 2025-10-18']);
  });

  it('needs a noun of entry before "for"', () => {
    expect(new RegExp(ENTRIES_OPEN, 'i').test('Tickets for the show go on sale')).toBe(true);
    expect(new RegExp(ENTRIES_OPEN, 'i').test('Calls for a fresh start on')).toBe(false);
    expect(new RegExp(ENTRIES_OPEN, 'i').test('Tickets for the show went on sale')).toBe(false);
    expect(new RegExp(ENTRIES_OPEN, 'i').test('Tickets for the concert start at $40')).toBe(false);
    expect(new RegExp(ENTRIES_OPEN, 'i').test('Tickets for the play start from £25')).toBe(false);
    expect(new RegExp(ENTRIES_OPEN, 'i').test('Entries for the race close at midnight')).toBe(true);
  });
});

describe('a bare present verb of schedule with "again" before the day', () => {
  it('reads "The teams meet again on Saturday" as the coming Saturday', () => {
    expect(news('The teams meet again on Saturday.')).toEqual(['on Saturday 2025-10-25']);
  });

  it('keeps "met again on Saturday" gone by', () => {
    expect(news('The teams met again on Saturday.')).toEqual(['on Saturday 2025-10-18']);
  });
});
