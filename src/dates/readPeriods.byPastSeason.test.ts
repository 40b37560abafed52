import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 13 March 2024: the summer and fall of 2024 are still ahead.
const MARCH = '2024-03-13';

const values = (text: string) =>
  findMentions(text, { published: MARCH, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const timemlValues = (text: string) =>
  findTimemlMentions(text, { published: MARCH, locale: 'en-US' }).map(
    (m) => `${m.text} = ${m.value}`,
  );

describe('a bare season after a fronted "By" before a clause told in the past', () => {
  it.each([
    ['By fall the company had already laid off 200 workers.', 'fall = 2023-FA'],
    ['By summer the work was done.', 'summer = 2023-SU'],
    ['By fall, the company had laid off 200 workers.', 'fall = 2023-FA'],
    ['By winter the two sides were no longer talking.', 'winter = 2023-WI'],
  ])('reads %j as the season gone by, in both readings', (text, read) => {
    expect(values(text)).toEqual([read]);
    expect(timemlValues(text)).toEqual([read]);
  });

  it('reads it in the year the story names before it', () => {
    expect(values('In 2019 the plant opened. By summer the work was done.')).toEqual([
      '2019 = 2019',
      'summer = 2019-SU',
    ]);
  });

  it('reads no season where the clause tells a habit, and the coming one where it looks ahead', () => {
    expect(values('By summer the roads are usually dry.')).toEqual([]);
    expect(values('By summer the work will be done.')).toEqual(['summer = 2024-SU']);
    expect(values('By the fall of the city, the army had fled.')).toEqual([]);
  });
});

describe('a bare season after a fronted "By" whose clause is not itself told in the past', () => {
  const at = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

  it('reads "By winter, we were told, the rail line would be finished." as the coming winter', () => {
    const text = 'By winter, we were told, the rail line would be finished.';
    expect(at(text, '2024-10-01')).toEqual(['winter = 2024-WI']);
  });

  it.each([
    ['By fall the city plans to repair roads that were damaged in the floods.', 'fall = 2024-FA'],
    ['By winter the company hopes to fix what was broken.', 'winter = 2024-WI'],
  ])("reads %j as the coming season: the past is a relative clause's", (text, read) => {
    expect(at(text, '2024-06-12')).toEqual([read]);
  });

  it.each([
    // A past year named before: the story is of a year gone by.
    'In 2019 the city unveiled its plan. By spring the bridge was expected to reopen, but work dragged on for years.',
    // The plan is told to have failed.
    'By summer the plant was expected to be running at full capacity, but repairs dragged on into the fall.',
  ])('reads no coming season in %j: the past plan is one gone by', (text) => {
    expect(at(text, '2024-11-18').filter((r) => /^(?:spring|summer) /.test(r))).toEqual([]);
  });

  it('reads "By winter, promises to cut taxes were forgotten." as the winter gone by: "promises to" has no subject, a noun', () => {
    expect(at('By winter, promises to cut taxes were forgotten.', '2024-06-12')).toEqual([
      'winter = 2023-WI',
    ]);
  });

  it('reads "By spring the bridge was expected to reopen." as the coming spring, in both readings', () => {
    const text = 'By spring the bridge was expected to reopen.';
    expect(at(text, '2024-01-15')).toEqual(['spring = 2024-SP']);
    expect(
      findTimemlMentions(text, { published: '2024-01-15', locale: 'en-US' }).map(
        (m) => `${m.text} = ${m.value}`,
      ),
    ).toEqual(['spring = 2024-SP']);
  });
});

describe('a bare season after a fronted "By" before a plan or an expectation', () => {
  const at = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

  it.each([
    ['By winter, the new line is due to open.', 'winter = 2025-WI'],
    ['By summer the firm aims to hire 50 more nurses.', 'summer = 2026-SU'],
    ['By summer the two schools were scheduled to merge.', 'summer = 2026-SU'],
    ['By spring the council intends to close the shelter.', 'spring = 2026-SP'],
  ])('reads %j as the coming season', (text, read) => {
    expect(at(text, '2025-10-20')).toEqual([read]);
  });

  it.each([
    'By spring the bridge was originally expected to reopen.',
    'By spring the bridge had been expected to reopen.',
    'By spring the man who hopes to win had left.',
    'By spring water plans to expand.',
    // A plan word as a noun, after a possessive.
    "By spring the city's plans to build a stadium had collapsed.",
  ])('reads no season in %j: a plan given up, a relative clause, or no fronted season', (text) => {
    expect(at(text, '2025-10-20')).toEqual([]);
  });
});
