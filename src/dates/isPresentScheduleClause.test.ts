import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPresentScheduleClause } from './isPresentScheduleClause.ts';

const JANUARY = { published: '2026-01-15', locale: 'en-US' } as const;
const value = (text: string, words: string, published = JANUARY.published) =>
  findMentions(text, { ...JANUARY, published }).find((m) => m.text.replace(/^on\s+/, '') === words)
    ?.value;

describe('a day and month after a first clause in the present simple', () => {
  it.each([
    ['Voters go to the polls on Nov. 3 to elect a new governor.', 'Nov. 3', '2026-11-03'],
    ['The new stadium opens its doors on Dec. 12 with a concert.', 'Dec. 12', '2026-12-12'],
    ['Delegates gather in Paris on Dec. 1 for the climate talks.', 'Dec. 1', '2026-12-01'],
    ['Candidates face off in a televised debate on Dec. 2.', 'Dec. 2', '2026-12-02'],
    ['Runners line up for the city marathon on Nov. 1, organizers said.', 'Nov. 1', '2026-11-01'],
  ])('reads "%s" as the coming day', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('reads the coming day in TimeML mode too', () => {
    const found = findTimemlMentions('Voters go to the polls on Nov. 3.', JANUARY);
    expect(found.map((m) => [m.text, m.value])).toEqual([['Nov. 3', '2026-11-03']]);
  });

  it.each([
    ['Voters went to the polls on Nov. 3 and elected a governor.', 'Nov. 3', '2025-11-03'],
    ['Shoppers have spent a record on Nov. 28.', 'Nov. 28', '2025-11-28'],
    ['It cut 300 jobs on Nov. 4.', 'Nov. 4', '2025-11-04'],
    ['After the storm, crews clear roads on Dec. 2.', 'Dec. 2', '2025-12-02'],
    ['Shares rise on Dec. 1 after the merger news.', 'Dec. 1', '2025-12-01'],
    ['Police say the man dies on Nov. 4 at a hospital in Queens.', 'Nov. 4', '2025-11-04'],
    ['Man dies in Route 9 crash on Nov. 2', 'Nov. 2', '2025-11-02'],
    ['Hurricane Ida makes landfall in Louisiana on Oct. 29.', 'Oct. 29', '2025-10-29'],
    ['The old pier collapses into the sea on Dec. 3.', 'Dec. 3', '2025-12-03'],
  ])('leaves "%s" the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('keeps a day gone by a few weeks the nearest one', () => {
    expect(value('Voters go to the polls on Jan. 3.', 'Jan. 3')).toBe('2026-01-03');
  });

  it('tells a present clause from one with a past or a copula in it', () => {
    expect(isPresentScheduleClause('Voters go to the polls on Nov. 3.', 26)).toBe(true);
    expect(isPresentScheduleClause('The deadline is Nov. 3.', 16)).toBe(false);
    expect(isPresentScheduleClause('Data on Nov. 3 show gains.', 8)).toBe(false);
  });
});
