import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';
import { weekdayByTense } from './weekdayByTense.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const clocks = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, on(published))
      .filter((m) => m.value.includes('T'))
      .map((m) => `${m.text} = ${m.value}`),
  );
const at = (day: string, hour: number, minute: number) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

describe("a stretch of hours with minutes and no part of the day is a working day's", () => {
  it('reads "The Red Cross shelter in Guerneville was open from nine thirty to four yesterday", said on 9 February 1998, as 09:30 and 16:00 yesterday', () => {
    const text =
      'The Red Cross shelter in Guerneville was open from nine thirty to four yesterday.';
    const published = '1998-02-09';
    const yesterday = shiftTimex(published, { amount: -1, unit: 'day' });
    const read = [`nine thirty = ${at(yesterday, 9, 30)}`, `four = ${at(yesterday, 16, 0)}`];
    expect(clocks(text, published)).toEqual([read, read]);
  });

  it('reads "The grand jury met from nine to three thirty yesterday", said on 29 January 1998, as 09:00 and 15:30 yesterday', () => {
    const text = 'The grand jury met from nine to three thirty yesterday.';
    const published = '1998-01-29';
    const yesterday = shiftTimex(published, { amount: -1, unit: 'day' });
    const read = [
      `nine = ${at(yesterday, 9, 0)}`,
      `three thirty yesterday = ${at(yesterday, 15, 30)}`,
    ];
    expect(clocks(text, published)).toEqual([read, read]);
  });

  it('reads "County offices reopened from eight thirty to four thirty on Monday", said on Tuesday 10 March 1998, on that Monday', () => {
    const text = 'County offices reopened from eight thirty to four thirty on Monday.';
    const published = '1998-03-10';
    const monday = weekdayByTense(1, published, 'past');
    const read = [`eight thirty = ${at(monday, 8, 30)}`, `four thirty = ${at(monday, 16, 30)}`];
    expect(clocks(text, published)).toEqual([read, read]);
  });

  it('reads "The UN office in Baghdad closed from ten thirty to two today", said on 17 February 1998, as 10:30 and 14:00', () => {
    const text =
      'The UN office in Baghdad closed from ten thirty to two today while the inspectors met.';
    const published = '1998-02-17';
    const read = [`ten thirty = ${at(published, 10, 30)}`, `two = ${at(published, 14, 0)}`];
    expect(clocks(text, published)).toEqual([read, read]);
  });

  it.each([
    [
      'the tremors were felt between about eleven twenty and eleven forty yesterday.',
      'eleven twenty',
      [11, 20],
      'eleven forty yesterday',
      [11, 40],
    ],
    [
      'The shelter will be open from nine thirty to eleven tonight.',
      'nine thirty',
      [21, 30],
      'eleven tonight',
      [23, 0],
    ],
  ] as const)(
    'leaves "%s", said on 20 January 1998, as it was read',
    (text, first, [h1, m1], second, [h2, m2]) => {
      const published = '1998-01-20';
      const day = /yesterday/.test(text)
        ? shiftTimex(published, { amount: -1, unit: 'day' })
        : published;
      const [news] = clocks(text, published);
      expect(news).toEqual([`${first} = ${at(day, h1, m1)}`, `${second} = ${at(day, h2, m2)}`]);
    },
  );

  it('reads no clock in "Prices went from nine thirty to four yesterday", said on 20 January 1998', () => {
    expect(clocks('Prices went from nine thirty to four yesterday.', '1998-01-20')).toEqual([
      [],
      [],
    ]);
  });
});
