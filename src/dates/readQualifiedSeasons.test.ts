import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { nearestSeason } from './nearestSeason.ts';

const read = (mentions: ReturnType<typeof findMentions>) => mentions.map((m) => [m.text, m.value]);
const seasons = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    read(find(text, { published, locale: 'en-GB' })).filter(([words]) =>
      /spring|summer|autumn|fall|winter/i.test(words!),
    ),
  );

describe('a season after "a" and a word that grades its trade or mood', () => {
  it.each([
    ['Farmers face a hard winter as feed prices climb.', '2026-10-03', 'winter', '2026-WI'],
    ['Studios are counting the takings of a record summer.', '2026-09-08', 'summer', '2026-SU'],
    ['Ski resorts are bracing for a quiet winter.', '2026-11-14', 'winter', '2026-WI'],
    ['Pubs enjoyed a bumper summer.', '2026-09-25', 'summer', '2026-SU'],
    ['Hotels had a bumper summer.', '2026-03-10', 'summer', '2025-SU'],
    ['Retailers had a weak autumn.', '2026-12-02', 'autumn', '2026-FA'],
    ['The team endured a miserable summer of injuries.', '2026-10-29', 'summer', '2026-SU'],
    ['After a poor summer, the owners sold up.', '2026-12-15', 'summer', '2026-SU'],
  ])(
    'reads %j (said on %s) as the season by tense in both readings',
    (text, published, words, value) => {
      for (const found of seasons(text, published)) expect(found).toEqual([[words, value]]);
    },
  );

  it.each([
    ['She took a good summer job at the marina.', '2026-03-22'],
    ['The veteran jockey suffered a hard fall at the final fence.', '2026-08-04'],
    ['The mattress has a strong spring in each pocket.', '2026-04-02'],
    ['It was a quiet winter day in the village.', '2026-01-02'],
    ['If there is a bumper summer, the firm will hire.', '2026-04-02'],
    ['A quiet winter usually follows a busy autumn.', '2026-04-02'],
    ['Hotels had a bumper summer in 2024.', '2026-04-02'],
    ['The film, A Hard Winter, opened to good reviews.', '2026-04-02'],
    ['Her debut, a bleak winter, was shortlisted for the prize.', '2026-01-12'],
    ['Her new thriller is a good summer read.', '2026-07-15'],
  ])('reads no season in %j (said on %s)', (text, published) => {
    for (const found of seasons(text, published)) expect(found).toEqual([]);
  });
});

describe('nearestSeason', () => {
  it.each([
    ['WI', '2026-10-03', '2026-WI'],
    ['SU', '2026-09-08', '2026-SU'],
    ['SU', '2026-02-14', '2026-SU'],
    ['WI', '2026-01-15', '2025-WI'],
    ['WI', '2026-05-20', '2025-WI'],
    ['SP', '2026-04-01', '2026-SP'],
  ] as const)('reads %s said on %s as %s', (season, published, value) => {
    expect(nearestSeason(season, published)).toBe(value);
  });
});

describe('a season graded by the trouble or the weather of its news', () => {
  it.each([
    ['Retailers blamed a washout summer for weaker sales.', '2026-09-21', 'summer', '2026-SU'],
    ['It has been a turbulent autumn at Westminster.', '2025-12-10', 'autumn', '2025-FA'],
    ['It has been a rocky winter for the governor.', '2026-02-18', 'winter', '2025-WI'],
    ['The champions endured a torrid winter.', '2026-03-18', 'winter', '2025-WI'],
  ])(
    'reads %j (said on %s) as the season by tense in both readings',
    (text, published, words, value) => {
      for (const found of seasons(text, published)) expect(found).toEqual([[words, value]]);
    },
  );

  it.each([
    ['The climber survived a rocky fall.', '2026-02-18'],
    ['It was a chaotic winter morning at the station.', '2026-02-18'],
    ['A dismal summer would ruin the resort.', '2026-02-18'],
  ])('reads no season in %j (said on %s)', (text, published) => {
    for (const found of seasons(text, published)) expect(found).toEqual([]);
  });
});

describe('a spring graded by a word of mood', () => {
  it('reads "It has been a bruising spring for the chancellor", said on 10 June 2026, as 2026-SP', () => {
    expect(seasons('It has been a bruising spring for the chancellor.', '2026-06-10')).toEqual([
      [['spring', '2026-SP']],
      [['spring', '2026-SP']],
    ]);
  });

  it('leaves a spring graded by a word a coil may take unread ("The mattress has a strong spring")', () => {
    expect(seasons('The mattress has a strong spring.', '2026-03-30')).toEqual([[], []]);
  });

  it('leaves "The deer made a frantic spring over the fence" and "a sluggish spring" of a clock unread', () => {
    expect(seasons('The deer made a frantic spring over the fence.', '2026-05-20')).toEqual([
      [],
      [],
    ]);
    expect(seasons('The old clock has a sluggish spring and loses time.', '2026-06-10')).toEqual([
      [],
      [],
    ]);
  });
});
