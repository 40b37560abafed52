import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { presentScheduleBeforeHoliday } from './presentScheduleBeforeHoliday.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]);

describe('a holiday after a present of schedule', () => {
  it('reads "The library is closed between Christmas and New Year", said on 9 December, as the coming Christmas', () => {
    const text = 'The library is closed between Christmas and New Year.';
    expect(read(text, '2025-12-09')).toContainEqual(['Christmas', '2025-12-25']);
    expect(readTimeml(text, '2025-12-09')).toContainEqual(['Christmas', '2025-12-25']);
  });

  it.each([
    ['Trains are not running on Easter Monday.', '2026-03-20', 'Easter Monday', '2026-04-06'],
    [
      'Buses run a reduced service on New Year’s Eve.',
      '2026-12-10',
      'New Year’s Eve',
      '2026-12-31',
    ],
  ])('reads %j, said on %s, as the coming holiday', (text, published, words, value) => {
    expect(read(text, published)).toContainEqual([words, value]);
    expect(readTimeml(text, published)).toContainEqual([words, value]);
  });

  it('keeps the nearer one gone by: "Trains are running a reduced timetable between Christmas and New Year", said on 28 December', () => {
    expect(
      read('Trains are running a reduced timetable between Christmas and New Year.', '2026-12-28'),
    ).toContainEqual(['Christmas', '2026-12-25']);
  });

  it('keeps a past: "The library was closed between Christmas and New Year", said on 9 December', () => {
    expect(
      read('The library was closed between Christmas and New Year.', '2025-12-09'),
    ).toContainEqual(['Christmas', '2024-12-25']);
  });

  it.each([
    ['The library is closed between ', true],
    ['Trains are not running on ', true],
    ['Pharmacies open for only a few hours on ', true],
    // A habit.
    ['Shops always close on ', false],
    ['The pool is usually shut over ', false],
    // A verb of the past or future before it.
    ['The library, which was closed last year, opens on ', false],
    ['The library will be closed on ', false],
    // No verb of schedule.
    ['Prices are high between ', false],
  ])('tells whether %j is a present of schedule', (before, expected) => {
    expect(presentScheduleBeforeHoliday(before)).toBe(expected);
  });
});
