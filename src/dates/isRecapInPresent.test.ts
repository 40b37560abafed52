import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
// The value of the first mention that holds the weekday, in both readings.
const weekdayRead = (text: string, published: string, weekday: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, on(published)).find((m) => m.text.includes(weekday))?.value,
  );
const gone = (weekday: string, published: string) =>
  weekdayByTense(weekdayNumber(weekday), published, 'past');
const ahead = (weekday: string, published: string) =>
  weekdayByTense(weekdayNumber(weekday), published, 'future');

describe('a weekday in a recap told in the present is gone by', () => {
  it.each([
    ['On Tuesday Picabo Street races the super-G and wins.', '1998-02-20', 'Tuesday'],
    [
      'It was quite a week for the American women: on Tuesday Picabo Street races the super-G.',
      '1998-02-20',
      'Tuesday',
    ],
    [
      'Looking back at the week in Nagano: on Friday Tara Lipinski skates a clean long program.',
      '1998-02-21',
      'Friday',
    ],
    [
      "A recap of the Pope's visit: on Wednesday he lands in Havana, and on Sunday he says Mass.",
      '1998-01-26',
      'Sunday',
    ],
    [
      'Here is how this week unfolded: on Monday the President denies it, and on Tuesday the First Lady goes on television.',
      '1998-01-30',
      'Tuesday',
    ],
  ])('reads "%s", said on %s, as the %s gone by', (text, published, weekday) => {
    const day = gone(weekday, published);
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });

  it.each([
    ['On Sunday the Czechs and the Russians meet for the gold.', '1998-02-20', 'Sunday'],
    ['On Wednesday the Pope flies to Havana and meets Fidel Castro.', '1998-01-19', 'Wednesday'],
    ['If she races on Tuesday and wins, she takes home a second medal.', '1998-02-20', 'Tuesday'],
    [
      'Coming up this week: on Thursday Columbia lifts off from Cape Canaveral.',
      '1998-04-14',
      'Thursday',
    ],
  ])('reads the schedule "%s", said on %s, as the coming %s', (text, published, weekday) => {
    const day = ahead(weekday, published);
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });
});

describe('a recap lead or result that looks ahead is no recap', () => {
  it.each([
    [
      'What a week ahead for the Pope: on Wednesday he lands in Havana and on Sunday he says Mass.',
      '1998-01-19',
      'Wednesday',
    ],
    [
      "Looking back at Monday's vote and ahead to the rest of the week: on Thursday the Senate will vote on the budget.",
      '1998-03-10',
      'Thursday',
    ],
    [
      'On Friday the Senate takes up the bill and defeats it, the majority leader predicts.',
      '1998-03-09',
      'Friday',
    ],
  ])('reads "%s", said on %s, as the coming %s', (text, published, weekday) => {
    const day = ahead(weekday, published);
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });

  it.each([
    [
      "A recap of the Pope's visit: on Wednesday he lands in Havana and says he will pray for Cuba.",
      '1998-01-26',
      'Wednesday',
    ],
    ['On Tuesday Picabo Street races the super-G and wins, as expected.', '1998-02-20', 'Tuesday'],
  ])('still reads the recap "%s", said on %s, as the %s gone by', (text, published, weekday) => {
    const day = gone(weekday, published);
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });
});

describe('a weekday after a lead of the week that was', () => {
  it.each([
    [
      'The week that was in Havana: on Wednesday the Pope lands, and on Thursday he says Mass.',
      '1998-01-23',
      'Thursday',
    ],
    [
      'The week that was: on Tuesday the Fed holds rates steady and on Thursday the Dow hits a record.',
      '1998-04-03',
      'Tuesday',
    ],
    [
      'This past week in the Gulf: on Monday Kofi Annan signs the deal in Baghdad.',
      '1998-02-27',
      'Monday',
    ],
  ])('reads "%s", said on %s, as the %s gone by', (text, published, weekday) => {
    const day = gone(weekday, published);
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });

  it.each([
    ['The week ahead: on Tuesday the talks resume at Stormont.', '1998-04-03', 'Tuesday'],
    [
      'The week that was is over, and the week ahead is busy: on Monday the Senate takes up the budget.',
      '1998-03-27',
      'Monday',
    ],
    [
      'Negotiators spent this past week drafting a new timetable: on Monday the talks resume in Geneva.',
      '1998-03-20',
      'Monday',
    ],
    [
      "After this past week's storms, forecasters have good news: on Saturday the sun returns.",
      '1998-02-26',
      'Saturday',
    ],
  ])('reads the preview "%s", said on %s, as the coming %s', (text, published, weekday) => {
    const day = ahead(weekday, published);
    expect(weekdayRead(text, published, weekday)).toEqual([day, day]);
  });
});
