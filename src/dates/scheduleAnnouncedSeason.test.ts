import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { scheduleAnnouncedSeason } from './scheduleAnnouncedSeason.ts';

const seasons = (text: string, published: string, locale: 'en-GB' | 'en-US' = 'en-GB') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale })
      .map((m) => [m.text, m.value])
      .filter(([words]) => /spring|summer|autumn|fall|winter/i.test(words!)),
  );

describe('a season whose schedule is released ahead of it', () => {
  it.each<[string, string, 'en-GB' | 'en-US', string, string]>([
    [
      'The winter fixtures list was released on Tuesday.',
      '2026-06-17',
      'en-GB',
      'winter',
      '2026-WI',
    ],
    [
      'The orchestra announced its winter program of concerts.',
      '2026-05-28',
      'en-US',
      'winter',
      '2026-WI',
    ],
    [
      'The league will release the winter schedule next month.',
      '2026-06-24',
      'en-US',
      'winter',
      '2026-WI',
    ],
    [
      'The winter fixtures list was finally released on Tuesday.',
      '2026-06-17',
      'en-GB',
      'winter',
      '2026-WI',
    ],
    ['The club set out its summer fixtures on Friday.', '2026-09-20', 'en-GB', 'summer', '2027-SU'],
    [
      'The club published its summer fixtures on Friday.',
      '2026-09-20',
      'en-GB',
      'summer',
      '2027-SU',
    ],
  ])('reads %j (said on %s, %s) as the coming season', (text, published, locale, words, value) => {
    for (const found of seasons(text, published, locale)) expect(found).toEqual([[words, value]]);
  });

  it('reads "Ryanair announced its winter schedule" said in January as the current winter', () => {
    for (const found of seasons('Ryanair announced its winter schedule.', '2026-01-20'))
      expect(found).toEqual([['winter', '2025-WI']]);
  });

  it('reads "The winter fixtures list was cut" said in June as the nearest winter, the one gone by', () => {
    for (const found of seasons('The winter fixtures list was cut.', '2026-06-17'))
      expect(found).toEqual([['winter', '2025-WI']]);
  });

  it('reads "The broadcaster unveiled a new logo last week. Its winter schedule has been cut by a tenth." said in June as the winter gone by', () => {
    const text =
      'The broadcaster unveiled a new logo last week. Its winter schedule has been cut by a tenth.';
    for (const found of seasons(text, '2026-06-17')) expect(found).toEqual([['winter', '2025-WI']]);
  });

  it('tells nothing for a sentence with no release, publication or announcement', () => {
    expect(
      scheduleAnnouncedSeason('The winter timetable was cut.', 4, 10, 'WI', '2026-06-17'),
    ).toBe(undefined);
    expect(
      scheduleAnnouncedSeason('The winter timetable was unveiled.', 4, 10, 'WI', '2026-06-17'),
    ).toBe('2026-WI');
  });

  it.each<[string, string, 'en-GB' | 'en-US', string, string]>([
    [
      'The summer schedule announced in March was scrapped after the season ended.',
      '2026-10-05',
      'en-GB',
      'summer',
      '2026-SU',
    ],
    [
      "The network's fall lineup, unveiled last May, has been a ratings disaster.",
      '2027-01-12',
      'en-US',
      'fall',
      '2026-FA',
    ],
    [
      'The ski resort set out its winter programme, which ran from December to March.',
      '2026-05-02',
      'en-GB',
      'winter',
      '2025-WI',
    ],
    [
      'The broadcaster announced that the spring schedule had been a success.',
      '2026-06-20',
      'en-US',
      'spring',
      '2026-SP',
    ],
  ])(
    'reads %j (said on %s, %s), a schedule made known before and talked of now, as the nearest season',
    (text, published, locale, words, value) => {
      for (const found of seasons(text, published, locale)) expect(found).toEqual([[words, value]]);
    },
  );
});
