import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';

const read = (text: string, published: string, locale: 'en-US' | 'en-GB' = 'en-US') =>
  findMentions(text, { published, locale }).map((m) => [m.text, m.value]);
const day = (published: string, days: number) =>
  format(addDays(toLocalDate(published), days), 'yyyy-MM-dd');

describe('orderWeekdayRangeStart', () => {
  it('reads "The ban lasts Saturday until 8 p.m. Sunday the ministry said", said on Friday 12 January 1996, as the coming Saturday', () => {
    const published = '1996-01-12';
    expect(
      read('The ban lasts Saturday until 8 p.m. Sunday the ministry said.', published),
    ).toEqual([
      ['Saturday', day(published, 1)],
      ['8 p.m. Sunday', `${day(published, 2)}T20:00`],
    ]);
  });

  it('reads "The line is closed Saturday until 4 a.m. Monday Network Rail said", said on Wednesday 9 July 2003, as the coming Saturday', () => {
    const published = '2003-07-09';
    expect(
      read(
        'The line is closed Saturday until 4 a.m. Monday Network Rail said.',
        published,
        'en-GB',
      ),
    ).toEqual([
      ['Saturday', day(published, 3)],
      ['4 a.m. Monday', `${day(published, 5)}T04:00`],
    ]);
  });

  it('reads "Water is off Thursday until 7 a.m. Friday the utility said", said on Monday 15 January 1996, as the coming Thursday', () => {
    const published = '1996-01-15';
    expect(
      read('Water is off Thursday until 7 a.m. Friday the utility said.', published)[0],
    ).toEqual(['Thursday', day(published, 3)]);
  });

  it('reads "The line was closed Saturday until 4 a.m. Monday", said on Wednesday 9 July 2003, as the stretch gone by, its Monday too', () => {
    const published = '2003-07-09';
    expect(
      read('The line was closed Saturday until 4 a.m. Monday, Network Rail said.', published),
    ).toEqual([
      ['Saturday', day(published, -4)],
      ['4 a.m. Monday', `${day(published, -2)}T04:00`],
    ]);
  });

  it('reads "The city\'s main bridge was closed Saturday until 4 a.m. Monday", said on Wednesday 17 January 1996, as the stretch gone by: a possessive\'s "\'s" is no present', () => {
    const published = '1996-01-17';
    expect(
      read("The city's main bridge was closed Saturday until 4 a.m. Monday.", published),
    ).toEqual([
      ['Saturday', day(published, -4)],
      ['4 a.m. Monday', `${day(published, -2)}T04:00`],
    ]);
  });

  it('reads "Crews close the road Friday until 6 a.m. Monday", said on Wednesday 17 January 1996, as the coming Friday: a plural\'s bare present', () => {
    const published = '1996-01-17';
    expect(read('Crews close the road Friday until 6 a.m. Monday.', published)).toEqual([
      ['Friday', day(published, 2)],
      ['6 a.m. Monday', `${day(published, 5)}T06:00`],
    ]);
  });

  it('reads "Engineers switch off the power Saturday until noon Sunday", said on Wednesday 10 November 1999, as the coming Saturday', () => {
    const published = '1999-11-10';
    expect(read('Engineers switch off the power Saturday until noon Sunday.', published)).toEqual([
      ['Saturday', day(published, 3)],
      ['noon Sunday', `${day(published, 4)}T12:00`],
    ]);
  });

  it('reads "Police seal off the square Friday until 6 a.m. Sunday", said on Wednesday 11 October 2000, as the coming Friday: a plural noun opening the sentence, capitalised', () => {
    const published = '2000-10-11';
    expect(read('Police seal off the square Friday until 6 a.m. Sunday.', published)).toEqual([
      ['Friday', day(published, 2)],
      ['6 a.m. Sunday', `${day(published, 4)}T06:00`],
    ]);
  });

  it('reads "Staff close the library Saturday until 9 a.m. Monday for repairs", said on Wednesday 10 March 2004, as the coming Saturday', () => {
    const published = '2004-03-10';
    expect(
      read('Staff close the library Saturday until 9 a.m. Monday for repairs.', published),
    ).toEqual([
      ['Saturday', day(published, 3)],
      ['9 a.m. Monday', `${day(published, 5)}T09:00`],
    ]);
  });

  it('leaves "Police sealed off the square Friday until 6 a.m. Sunday", said on Wednesday 11 October 2000, as the stretch gone by', () => {
    const published = '2000-10-11';
    expect(read('Police sealed off the square Friday until 6 a.m. Sunday.', published)).toEqual([
      ['Friday', day(published, -5)],
      ['6 a.m. Sunday', `${day(published, -3)}T06:00`],
    ]);
  });

  it('leaves "Crews closed the road Friday until 6 a.m. Monday", said on Wednesday 17 January 1996, as the stretch gone by', () => {
    const published = '1996-01-17';
    expect(read('Crews closed the road Friday until 6 a.m. Monday.', published)).toEqual([
      ['Friday', day(published, -5)],
      ['6 a.m. Monday', `${day(published, -2)}T06:00`],
    ]);
  });

  it('reads "Police shut the bridge Friday until 6 a.m. Monday", said on Wednesday 17 January 1996, as the stretch gone by: "shut" is a past spelt as its present', () => {
    const published = '1996-01-17';
    expect(read('Police shut the bridge Friday until 6 a.m. Monday.', published)).toEqual([
      ['Friday', day(published, -5)],
      ['6 a.m. Monday', `${day(published, -2)}T06:00`],
    ]);
  });

  it('leaves "Police plan to shut the bridge Friday until 6 a.m. Monday", said on Wednesday 17 January 1996, as the coming stretch', () => {
    const published = '1996-01-17';
    expect(read('Police plan to shut the bridge Friday until 6 a.m. Monday.', published)).toEqual([
      ['Friday', day(published, 2)],
      ['6 a.m. Monday', `${day(published, 5)}T06:00`],
    ]);
  });

  it('leaves "The curfew runs Saturday until 6 a.m. Monday police said", said on Friday 12 January 1996, as read', () => {
    const published = '1996-01-12';
    expect(read('The curfew runs Saturday until 6 a.m. Monday police said.', published)).toEqual([
      ['Saturday', day(published, 1)],
      ['6 a.m. Monday', `${day(published, 3)}T06:00`],
    ]);
  });

  it('leaves two weekdays not joined as a stretch: "The ban lasted Saturday, and on Sunday the ministry met"', () => {
    const published = '1996-01-12';
    expect(read('The ban lasted Saturday, and on Sunday the ministry met.', published)).toEqual([
      ['Saturday', day(published, -6)],
      ['on Sunday', day(published, -5)],
    ]);
  });
  it('leaves the two days of a thing moved: "Her case has been moved from Friday to Monday", said on Tuesday 5 May 2026', () => {
    const published = '2026-05-05';
    expect(read('Her case has been moved from Friday to Monday.', published)).toEqual([
      ['Friday', day(published, -4)],
      ['Monday', day(published, 6)],
    ]);
  });

  it('reads "The mayor\'s office was closed Friday until 9 a.m. Monday", said on Wednesday 9 July 2003, as the stretch gone by: a name\'s "\'s" is no present', () => {
    const published = '2003-07-09';
    expect(
      read(
        "The mayor's office was closed Friday until 9 a.m. Monday, a spokesman said.",
        published,
      ),
    ).toEqual([
      ['Friday', day(published, -5)],
      ['9 a.m. Monday', `${day(published, -2)}T09:00`],
    ]);
  });

  it('reads "The road, which is the main route north, was closed Saturday until 6 a.m. Monday", said on Wednesday 9 July 2003, by the verb nearest the stretch', () => {
    const published = '2003-07-09';
    expect(
      read(
        'The road, which is the main route north, was closed Saturday until 6 a.m. Monday.',
        published,
      ),
    ).toEqual([
      ['Saturday', day(published, -4)],
      ['6 a.m. Monday', `${day(published, -2)}T06:00`],
    ]);
  });

  it('reads "The airport, which is still struggling, grounded flights Thursday until 7 a.m. Friday", said on Monday 15 January 1996, as the stretch gone by', () => {
    const published = '1996-01-15';
    expect(
      read(
        'The airport, which is still struggling, grounded flights Thursday until 7 a.m. Friday.',
        published,
      ),
    ).toEqual([
      ['Thursday', day(published, -4)],
      ['7 a.m. Friday', `${day(published, -3)}T07:00`],
    ]);
  });

  it('reads "It\'s closed Saturday until 10 a.m. Monday, the owner said", said on Wednesday 7 March 2001, as the coming stretch: a pronoun\'s "\'s" is a present, its participle no past', () => {
    const published = '2001-03-07';
    expect(read("It's closed Saturday until 10 a.m. Monday, the owner said.", published)).toEqual([
      ['Saturday', day(published, 3)],
      ['10 a.m. Monday', `${day(published, 5)}T10:00`],
    ]);
  });

  it('leaves a week meant between the ends: "The pool is closed Monday until the following Monday for repairs", said on Wednesday 10 January 1996', () => {
    const published = '1996-01-10';
    expect(
      read('The pool is closed Monday until the following Monday for repairs.', published),
    ).toEqual([
      ['Monday', day(published, 5)],
      ['the following Monday', day(published, 12)],
    ]);
  });

  it('leaves a week meant between the ends in British copy: "The line will be closed on Saturday until the following Saturday", said on Friday 12 January 1996', () => {
    const published = '1996-01-12';
    expect(
      read(
        'The line will be closed on Saturday until the following Saturday for engineering work.',
        published,
        'en-GB',
      ).map(([, value]) => value),
    ).toEqual([day(published, 1), day(published, 8)]);
  });
});
