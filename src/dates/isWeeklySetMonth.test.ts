import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isWeeklySetMonth } from './isWeeklySetMonth.ts';

const options = { published: '2026-06-29', locale: 'en-US' as const };
const values = (text: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, options).find((m) => m.text === phrase)?.value,
  );

describe('isWeeklySetMonth', () => {
  it('reads "The carillon plays at noon every Sunday in July and August" as any year\'s months', () => {
    const text = 'The carillon plays at noon every Sunday in July and August.';
    expect(values(text, 'July')).toEqual(['XXXX-07', 'XXXX-07']);
    expect(values(text, 'August')).toEqual(['XXXX-08', 'XXXX-08']);
  });

  it('reads "The choir sings every Sunday in May" as XXXX-05', () => {
    expect(isWeeklySetMonth('The choir sings every Sunday in May.', 32, 35)).toBe(true);
    expect(values('The choir sings every Sunday in May.', 'May')).toEqual(['XXXX-05', 'XXXX-05']);
  });

  it('leaves "The band will play every Sunday in July", a plan, on the calendar', () => {
    expect(values('The band will play every Sunday in July.', 'July')).toEqual([
      '2026-07',
      '2026-07',
    ]);
  });

  it('leaves "The fair was held every Saturday in May", told in the past, on the calendar', () => {
    expect(values('The fair was held every Saturday in May.', 'May')).toEqual([
      '2026-05',
      '2026-05',
    ]);
  });

  it('leaves "The council met every Monday in March", an irregular past, on the calendar', () => {
    const text = 'The council met every Monday in March to settle the budget.';
    const past = { published: '2026-04-10', locale: 'en-US' as const };
    for (const find of [findMentions, findTimemlMentions]) {
      expect(find(text, past).find((m) => m.text === 'March')?.value).toBe('2026-03');
    }
    expect(isWeeklySetMonth('The choir sang every Sunday in May.', 31, 34)).toBe(false);
  });

  it('reads "The market is held every Saturday in December", a present passive, as XXXX-12', () => {
    expect(values('The market is held every Saturday in December.', 'December')).toEqual([
      'XXXX-12',
      'XXXX-12',
    ]);
    expect(values('Bins are collected every other Monday in January.', 'January')).toEqual([
      'XXXX-01',
      'XXXX-01',
    ]);
  });

  it('leaves "The choir sings every Sunday in May this year" on the calendar', () => {
    const text = 'The choir sings every Sunday in May this year.';
    expect(isWeeklySetMonth(text, 32, 35)).toBe(false);
  });

  it('leaves a month not right after the set ("every Sunday, and in May it tours")', () => {
    expect(isWeeklySetMonth('The choir sings every Sunday, and in May it tours.', 37, 40)).toBe(
      false,
    );
  });

  it('reads "The farmers market opens on Saturdays during the summer", said on 29 June 2026, as XXXX-SU', () => {
    expect(
      values('The farmers market opens on Saturdays during the summer.', 'the summer'),
    ).toEqual(['XXXX-SU', 'XXXX-SU']);
    expect(
      values('Lifeguards patrol the beach at weekends during the summer.', 'the summer'),
    ).toEqual(['XXXX-SU', 'XXXX-SU']);
  });

  it('reads "Guided tours run on Sundays in the autumn" as any year\'s, the opening adjective no past', () => {
    expect(values('Guided tours run on Sundays in the autumn.', 'the autumn')).toEqual([
      'XXXX-FA',
      'XXXX-FA',
    ]);
  });

  it('leaves a plural weekday told in the past or the future on the calendar', () => {
    expect(values('The market opened on Sundays during the summer.', 'the summer')).toEqual([
      '2026-SU',
      '2026-SU',
    ]);
    expect(values('The band will play on Saturdays during the summer.', 'the summer')).toEqual([
      '2026-SU',
      '2026-SU',
    ]);
  });

  it('leaves "The pool is open on weekends through September", said on 1 June 2026, on the calendar, 2026-09', () => {
    const options = { published: '2026-06-01', locale: 'en-US' } as const;
    expect(
      findMentions('The pool is open on weekends through September.', options)
        .filter((m) => m.text.includes('September'))
        .map((m) => m.value),
    ).toEqual(['2026-09']);
  });
});
