import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { orthodoxEasterSunday } from './orthodoxFeasts.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('the feasts of the Orthodox churches', () => {
  it.each([
    [2024, '2024-05-05'],
    // The same Sunday as the Western Easter.
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
    [2000, '2000-04-30'],
  ])('finds Orthodox Easter of %i on %s', (year, day) => {
    expect(toCalendarDate(orthodoxEasterSunday(year))).toBe(day);
  });

  it('reads "Orthodox Easter falls on 12 April this year" as the Orthodox Easter, not the Western one', () => {
    for (const mentions of read('Orthodox Easter falls on 12 April this year.', '2026-04-08'))
      expect(mentions).toContain('Orthodox Easter = 2026-04-12');
  });

  it('reads "Churches will be packed for Orthodox Easter" as the coming Orthodox Easter, a week after the Western one', () => {
    for (const mentions of read('Churches will be packed for Orthodox Easter.', '2026-04-07'))
      expect(mentions).toEqual(['Orthodox Easter = 2026-04-12']);
  });

  it('reads "Orthodox Easter Monday is a public holiday in Serbia" as the day after the Orthodox Easter, not a Monday of its own', () => {
    for (const mentions of read(
      'Orthodox Easter Monday is a public holiday in Serbia.',
      '2026-04-01',
    ))
      expect(mentions).toEqual(['Orthodox Easter Monday = 2026-04-13']);
  });

  it('reads "Processions will mark Orthodox Good Friday" as two days before the Orthodox Easter', () => {
    for (const mentions of read(
      'Processions will mark Orthodox Good Friday in Athens.',
      '2027-04-20',
    ))
      expect(mentions).toEqual(['Orthodox Good Friday = 2027-04-30']);
  });

  it('reads "Serbs will celebrate Orthodox Christmas on Thursday" as 7 January', () => {
    for (const mentions of read(
      'Serbs will celebrate Orthodox Christmas on Thursday.',
      '2027-01-04',
    ))
      expect(mentions).toContain('Orthodox Christmas = 2027-01-07');
  });

  it('reads "Queues formed on Orthodox Christmas Eve" as 6 January, not 7 January', () => {
    for (const mentions of read('Queues formed on Orthodox Christmas Eve.', '2027-01-08'))
      expect(mentions).toEqual([
        expect.stringMatching(/^(?:on )?Orthodox Christmas Eve = 2027-01-06$/),
      ]);
  });

  it('leaves the Western Easter of "Western churches marked Easter" as it was', () => {
    for (const mentions of read('Western churches marked Easter.', '2026-04-08'))
      expect(mentions).toEqual(['Easter = 2026-04-05']);
  });
});
