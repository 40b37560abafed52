import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (mentions: ReturnType<typeof findMentions>) => mentions.map((m) => [m.text, m.value]);
const seasons = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    read(find(text, { published, locale: 'en-GB' })).filter(([words]) =>
      /spring|summer|autumn|fall|winter/i.test(words!),
    ),
  );

describe("a season's schedule, timetable, budget or lineup", () => {
  it.each([
    ["The airline's summer schedule begins in late March.", '2026-02-10', 'summer', '2026-SU'],
    [
      'The rail operator published the winter timetable on Monday.',
      '2026-09-15',
      'winter',
      '2026-WI',
    ],
    [
      'The chancellor will set out the autumn budget next month.',
      '2026-09-02',
      'autumn',
      '2026-FA',
    ],
    ['The network unveiled its fall lineup.', '2026-08-19', 'fall', '2026-FA'],
    ["Ryanair's winter schedule was cut by a tenth.", '2026-01-20', 'winter', '2025-WI'],
    ["The club's summer transfer window opens on 14 June.", '2026-04-25', 'summer', '2026-SU'],
  ])(
    'reads %j (said on %s) as the nearest season in both readings',
    (text, published, words, value) => {
      for (const found of seasons(text, published)) expect(found).toEqual([[words, value]]);
    },
  );

  it.each([
    ["Last year's winter timetable was cut.", '2026-04-25'],
    ['The winter timetable usually starts in December.', '2026-04-25'],
    ['The summer schedule of 2025 was the busiest yet.', '2026-04-25'],
  ])('reads no season in %j (said on %s)', (text, published) => {
    for (const found of seasons(text, published)) expect(found).toEqual([]);
  });
});

describe('a season and a word for what its schedule is of', () => {
  const seasonsRead = (text: string, published: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-GB' })
        .filter((m) => /spring|summer|autumn|fall|winter/i.test(m.text))
        .map((m) => `${m.text} = ${m.value}`),
    );

  it.each([
    [
      'The council published its winter gritting schedule on Monday.',
      '2026-07-02',
      'winter = 2026-WI',
    ],
    ['The network released its fall programming lineup last week.', '2025-05-20', 'fall = 2025-FA'],
    [
      'The league confirmed its autumn fixture list this morning.',
      '2026-08-12',
      'autumn = 2026-FA',
    ],
    [
      'The club announced its winter training schedule yesterday.',
      '2026-07-02',
      'winter = 2026-WI',
    ],
  ])('reads %j, said on %s, as the nearest season in both readings', (text, published, found) => {
    for (const mentions of seasonsRead(text, published)) expect(mentions).toEqual([found]);
  });

  it.each([
    ['The firm set out its summer and winter timetables.', '2026-07-02'],
    ['Its winter gritting schedule usually starts in November.', '2026-07-02'],
    ['Organisers released the Winter Olympics schedule on Monday.', '2025-03-01'],
    ['The city unveiled the Summer Games schedule.', '2027-03-01'],
  ])('reads no season in %j (said on %s)', (text, published) => {
    for (const mentions of seasonsRead(text, published)) expect(mentions).toEqual([]);
  });
});
