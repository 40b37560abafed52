import { describe, expect, it } from 'vitest';
import {
  addDays,
  format,
  nextSaturday,
  parseISO,
  previousSaturday,
  previousTuesday,
} from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];
const day = (date: Date) => format(date, 'yyyy-MM-dd');
// The three hours of each sentence on its day, in both readings.
const hoursOn = (first: string, second: string, dayWords: string, date: string) => [
  `${first} = ${date}T${CLOCK[first]}`,
  `${second} = ${date}T${CLOCK[second]}`,
  `${dayWords} = ${date}`,
];
const CLOCK: Record<string, string> = {
  eight: '08:00',
  nine: '09:00',
  ten: '10:00',
  noon: '12:00',
  two: '14:00',
  three: '15:00',
  five: '17:00',
};

describe('a place’s hours told with only their day', () => {
  it('reads "The mountain road closed from noon to three yesterday", said on 9 February 1998, as noon and three the day before', () => {
    const published = '1998-02-09';
    const gone = day(addDays(parseISO(published), -1));
    for (const found of both('The mountain road closed from noon to three yesterday.', published))
      expect(found).toEqual(hoursOn('noon', 'three', 'yesterday', gone));
  });

  it('reads "Red Cross shelters opened from nine to five on Saturday", said on Monday 30 March 1998, on the Saturday gone by', () => {
    const published = '1998-03-30';
    const saturday = day(previousSaturday(parseISO(published)));
    for (const found of both('Red Cross shelters opened from nine to five on Saturday.', published))
      expect(found).toEqual(hoursOn('nine', 'five', 'Saturday', saturday));
  });

  it('reads "will be open from nine to five on Saturday", said on Wednesday 25 March 1998, on the coming Saturday', () => {
    const published = '1998-03-25';
    const saturday = day(nextSaturday(parseISO(published)));
    for (const found of both('The shelters will be open from nine to five on Saturday.', published))
      expect(found).toEqual(hoursOn('nine', 'five', 'Saturday', saturday));
  });

  it('reads "closed from eight to noon Tuesday", said on 4 March 1998, keeping the Tuesday apart from noon', () => {
    const published = '1998-03-04';
    const tuesday = day(previousTuesday(parseISO(published)));
    for (const found of both('The embassy was closed from eight to noon Tuesday.', published))
      expect(found).toEqual(hoursOn('eight', 'noon', 'Tuesday', tuesday));
  });

  it('reads "closed from ten to two today", said on 13 February 1998, as ten in the morning and two in the afternoon', () => {
    const published = '1998-02-13';
    for (const found of both('The ski jump was closed from ten to two today.', published))
      expect(found).toEqual(hoursOn('ten', 'two', 'today', published));
  });

  it.each([
    ['Oil futures closed from two to five cents higher yesterday.', '1998-03-05'],
    ['The dollar opened from one twenty to one twenty-five today.', '1998-02-13'],
    ['The Dow closed from nine to five today.', '1998-02-13'],
    ['Turnout rose from nine to five on Saturday.', '1998-03-30'],
    ["Georgetown's lead closed from nine to five on Saturday.", '1998-02-09'],
    ['The Republican deficit in the poll closed from eight to three yesterday.', '1998-03-10'],
    [
      "Detroit's lead closed from eleven to seven on Sunday, and the Red Wings held on.",
      '1998-02-16',
    ],
    [
      "The Little League's youngest division opened from six to nine on Saturday, taking children of those ages.",
      '1998-03-19',
    ],
  ])('reads no clock in "%s" (a level or a count)', (text, published) => {
    for (const found of both(text, published))
      expect(found.filter((m) => /T\d\d:/.test(m))).toEqual([]);
  });
});
