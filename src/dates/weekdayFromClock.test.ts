import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const NOV = { published: '2026-11-04', locale: 'en-US' } as const;
const JAN = { published: '1998-01-21', locale: 'en-US' } as const;
type Said = typeof NOV | typeof JAN;
const news = (text: string, phrase: string, said: Said = NOV) =>
  findMentions(text, said).find((m) => m.text.includes(phrase));
const timeml = (text: string, phrase: string, said: Said = NOV) =>
  findTimemlMentions(text, said).find((m) => m.text.includes(phrase));

describe('weekdayFromClock', () => {
  it('reads "The clinic will offer free flu shots Thursday from 9 a.m.", said on 4 November 2026, as 2026-11-05 and 2026-11-05T09:00', () => {
    const text = 'The clinic will offer free flu shots Thursday from 9 a.m.';
    for (const read of [news, timeml]) {
      expect(read(text, 'Thursday')?.text).toBe('Thursday');
      expect(read(text, 'Thursday')?.value).toBe('2026-11-05');
      expect(read(text, 'Thursday')?.type).toBe('DATE');
      expect(read(text, '9 a.m')?.value).toBe('2026-11-05T09:00');
    }
  });

  it('reads "Roads will be closed on Sunday from 11am", said on 4 November 2026, as 2026-11-08 and 2026-11-08T11:00', () => {
    const text = 'Roads around the stadium will be closed on Sunday from 11am.';
    expect(news(text, 'Sunday')?.text).toBe('Sunday');
    expect(news(text, 'Sunday')?.value).toBe('2026-11-08');
    expect(timeml(text, '11am')?.value).toBe('2026-11-08T11:00');
  });

  it('reads "Federal offices closed Tuesday from noon", said on 21 January 1998, with the noon on 1998-01-20', () => {
    const text = 'Federal offices closed Tuesday from noon because of the storm.';
    expect(news(text, 'Tuesday', JAN)?.value).toBe('1998-01-20');
    expect(news(text, 'noon', JAN)?.value).toBe('1998-01-20T12:00');
    expect(timeml(text, 'noon', JAN)?.value).toBe('1998-01-20T12:00');
  });

  it('keeps "The hearing will run Thursday from 9 a.m. to noon" with noon on the Thursday', () => {
    const text = 'The hearing will run Thursday from 9 a.m. to noon.';
    expect(news(text, 'Thursday')?.value).toBe('2026-11-05');
    expect(news(text, '9 a.m.')?.value).toBe('2026-11-05T09:00');
    expect(news(text, 'noon')?.value).toBe('2026-11-05T12:00');
  });

  it('does not split "The market is held every Thursday at 2pm", a habit', () => {
    const text = 'The market is held every Thursday at 2pm.';
    expect(news(text, 'Thursday')?.value).toBe('XXXX-WXX-4');
    expect(news(text, '2pm')?.value).toBe('T14:00');
  });

  it('does not split "The farmers market is open Saturdays from 8 a.m.", a habit', () => {
    const text = 'The farmers market is open Saturdays from 8 a.m.';
    expect(news(text, 'Saturdays')?.value).toBe('XXXX-WXX-6');
  });

  it('does not move "The vote is expected from noon", with no weekday before it', () => {
    const text = 'The vote is expected from noon.';
    expect(news(text, 'noon')?.value).toBe('2026-11-04T12:00');
  });
});

describe('a clock after "<weekday> from" with a weekday of its own', () => {
  const read = (text: string, published: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
    );

  it.each([
    [
      'Authorities lifted the curfew Tuesday from 6 a.m. Wednesday.',
      '2026-01-13',
      ['Tuesday = 2026-01-13', '6 a.m. Wednesday = 2026-01-14T06:00'],
    ],
    [
      'The company suspended trading Tuesday from noon Wednesday pending an announcement.',
      '1998-01-20',
      ['Tuesday = 1998-01-20', 'noon Wednesday = 1998-01-21T12:00'],
    ],
    [
      'Rail operators cancelled services Monday from 7pm Tuesday.',
      '2026-03-02',
      ['Monday = 2026-03-02', '7pm Tuesday = 2026-03-03T19:00'],
    ],
  ])(
    'reads "%s", said on %s, on the first such day from the weekday on',
    (text, published, found) => {
      expect(read(text, published)).toEqual([found, found]);
    },
  );

  it('keeps "Offices closed Tuesday from 2 p.m.", said on Wednesday 21 January 1998, on the Tuesday', () => {
    const text = 'Offices closed Tuesday from 2 p.m. because of the ice storm.';
    expect(read(text, '1998-01-21')[0]).toEqual([
      'Tuesday = 1998-01-20',
      '2 p.m. = 1998-01-20T14:00',
    ]);
  });

  it('keeps "Banks closed Wednesday from noon. Tuesday, depositors had rushed to withdraw cash", said on Thursday 5 November 1998, on the Tuesday gone by', () => {
    const text =
      'Banks closed Wednesday from noon. Tuesday, depositors had rushed to withdraw cash.';
    for (const found of read(text, '1998-11-05')) {
      expect(found.find((m) => m.includes('Tuesday'))).toMatch(/= 1998-11-03/);
    }
  });
});
