import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { holidayRule } from './readHolidays.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('the feasts of the Hebrew calendar', () => {
  it.each([
    ['Rosh Hashanah', 2025, '2025-09-23'],
    ['Rosh Hashanah', 2026, '2026-09-12'],
    ['Yom Kippur', 2025, '2025-10-02'],
    ['Yom Kippur', 2026, '2026-09-21'],
    ['Sukkot', 2026, '2026-09-26'],
    ['Passover', 2025, '2025-04-13'],
    ['Passover', 2026, '2026-04-02'],
    ['Pesach', 2027, '2027-04-22'],
    ['Shavuot', 2026, '2026-05-22'],
    ['Purim', 2026, '2026-03-03'],
    // A leap year: Purim is kept in Adar II, not Adar I (21 February 2027).
    ['Purim', 2027, '2027-03-23'],
  ])('finds %s of %i on %s, its first day', (name, year, day) => {
    expect(toCalendarDate(holidayRule(name)!(year))).toBe(day);
  });

  it.each([
    [
      'Yom Kippur begins at sundown on Sunday, and the schools will be closed on Monday.',
      '2026-09-18',
      'Yom Kippur = 2026-09-21',
    ],
    [
      'Synagogues reported packed services over Rosh Hashanah, which ended on Sunday evening.',
      '2026-09-14',
      'Rosh Hashanah = 2026-09-12',
    ],
    [
      'Traffic was light on Monday as many offices closed for Passover.',
      '2026-04-13',
      'Passover = 2026-04-02',
    ],
    ['Sukkot begins on Saturday.', '2026-09-24', 'Sukkot = 2026-09-26'],
    ['Shavuot begins at sundown on Thursday.', '2026-05-20', 'Shavuot = 2026-05-22'],
    ['The synagogue will hold a carnival for Purim.', '2027-03-10', 'Purim = 2027-03-23'],
  ])('reads "%s" as the feast by tense, in both readings', (text, published, found) => {
    for (const mentions of read(text, published)) expect(mentions).toContain(found);
  });

  it('reads no feast in "The Yom Kippur War began in October 1973", a war\'s name', () => {
    expect(read('The Yom Kippur War began in October 1973.', '2026-09-18')).toEqual([
      ['October 1973 = 1973-10'],
      ['October 1973 = 1973-10'],
    ]);
  });

  it('reads no feast in a lower-case "passover", a pass over', () => {
    expect(read('The jets made a low passover of the stadium.', '2026-04-01')).toEqual([[], []]);
  });
});
