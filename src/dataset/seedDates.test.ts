import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';
import { readInputs } from './readInputs.ts';

/**
 * Every temporal expression the editors named in the seed articles, with the value a careful
 * reader gives it, labelled by hand from the calendar (6 August 2025 was a Wednesday). The build
 * must compute the same; a new `when` in data/events.json needs a line here.
 */
const labelled: Record<string, string> = {
  'witkoff-meets-putin 001 Wednesday': '2025-08-06',
  'witkoff-meets-putin 002 earlier in the day': '2025-08-06',
  'witkoff-meets-putin 003 6/8': '2025-08-06',
  'witkoff-meets-putin 004 Wednesday': '2025-08-06',
  'nyt-reports-summit-plan 000 hours after': '2025-08-06',
  'trump-posts-great-progress 000 Wednesday': '2025-08-06',
  'trump-calls-zelensky-and-european-leaders 001 Wednesday': '2025-08-06',
  'trump-calls-zelensky-and-european-leaders 003 6/8': '2025-08-06',
  'trump-calls-zelensky-and-european-leaders 004 Wednesday': '2025-08-06',
  'white-house-official-confirms-summit-talk 001 Wednesday': '2025-08-06',
  'white-house-official-confirms-summit-talk 004 Wednesday': '2025-08-06',
  'trump-says-meeting-very-soon 002 Wednesday': '2025-08-06',
  'trump-says-meeting-very-soon 003 6/8': '2025-08-06',
  'trump-says-meeting-very-soon 004 Wednesday': '2025-08-06',
  'trump-warns-china-over-oil 001 Wednesday': '2025-08-06',
  'zelensky-says-pressure-working 002 Wednesday evening': '2025-08-06',
  'official-says-sanctions-still-on 002 Minutes later': '2025-08-06',
  'official-says-sanctions-still-on 003 minutes later': '2025-08-06',
  'sanctions-deadline 002 until Friday': '2025-08-08',
  'sanctions-deadline 004 Friday': '2025-08-08',
  'sanctions-deadline 001 48 hours before': '2025-08-08',
  'sanctions-deadline 003 8/8': '2025-08-08',
  'secondary-sanctions-take-effect 003 8/8': '2025-08-08',
  'secondary-sanctions-take-effect 002 in two days': '2025-08-08',
  'trump-putin-meeting-next-week 000 as soon as next week': '2025-W33',
  'trump-putin-meeting-next-week 001 as early as next week': '2025-W33',
  'trump-putin-meeting-next-week 002 as soon as next week': '2025-W33',
  'trump-putin-meeting-next-week 003 as early as next week': '2025-W33',
  'trump-putin-meeting-next-week 004 as early as next week': '2025-W33',
  'trump-sets-ultimatum 003 July': '2025-07',
  'trump-takes-office 003 January': '2025-01',
  'trump-takes-office 000 this year': '2025',
  'trump-zelensky-february-meeting 000 February': '2025-02',
  'trump-meets-zelensky-this-year 000 this year': '2025',
  'peace-talks-in-turkey 003 since the beginning of the year': '2025/2025-08-07',
  'geneva-summit 001 June 2021': '2021-06',
  'geneva-summit 002 June 2021': '2021-06',
  'geneva-summit 003 6/2021': '2021-06',
  'geneva-summit 004 June 2021': '2021-06',
  'russia-invades-ukraine 001 eight months before': '2022-02',
  'russia-invades-ukraine 004 eight months before': '2022-02',
  'putin-zelensky-last-meet 001 December 2019': '2019-12',
  'putin-zelensky-last-meet 003 12/2019': '2019-12',
  'putin-zelensky-last-meet 004 December 2019': '2019-12',
};

const { dataset } = buildDataset(readInputs(join(import.meta.dirname, '../..')));
const computed = dataset.events.flatMap((event) =>
  event.evidence.flatMap((evidence) => {
    const derivation = evidence.date?.derivation;
    if (!evidence.date || derivation?.kind !== 'text') return [];
    return [
      [
        `${event.id} ${evidence.source.slice(0, 3)} ${derivation.expression}`,
        evidence.date.value,
      ] as const,
    ];
  }),
);

describe('the seed articles’ date expressions', () => {
  it('are all labelled by hand here', () => {
    expect(computed.map(([key]) => key).sort()).toEqual(Object.keys(labelled).sort());
  });

  it.each(computed)('reads %s as %s', (key, value) => {
    expect(value).toBe(labelled[key]);
  });

  it('puts every day-dated event of 6–8 August in the week of the meeting', () => {
    const days = dataset.events.filter(
      (e) => e.date.granularity === 'day' && e.date.start.startsWith('2025-08'),
    );
    expect(days.length).toBeGreaterThan(5);
    for (const event of days)
      expect(event.date.start >= '2025-08-06' && event.date.end <= '2025-08-08', event.id).toBe(
        true,
      );
  });
});
