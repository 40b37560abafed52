import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { SCHOOL_CALENDAR_PRESENT } from './schoolCalendarPresent.ts';

// A Wednesday.
const OCTOBER_21 = { published: '2026-10-21', locale: 'en-GB' } as const;
const news = (text: string) =>
  findMentions(text, OCTOBER_21).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, OCTOBER_21).map((m) => [m.text, m.value] as const);

describe('a school calendar told in the present', () => {
  it('reads "Pupils in Northern Ireland go back to school on Monday" as the coming Monday', () => {
    expect(news('Pupils in Northern Ireland go back to school on Monday.')).toEqual([
      ['on Monday', '2026-10-26'],
    ]);
    expect(timeml('Pupils in Northern Ireland go back to school on Monday.')).toEqual([
      ['Monday', '2026-10-26'],
    ]);
  });

  it('reads a return to classrooms after a place between subject and verb alike', () => {
    expect(news('Students in Leeds return to classrooms Monday.')).toEqual([
      ['Monday', '2026-10-26'],
    ]);
    expect(news('Schools in Scotland go back on Tuesday.')).toEqual([['on Tuesday', '2026-10-27']]);
  });

  it('reads results received and exams sat on a day or in a month as still to come', () => {
    expect(timeml('Students receive their results on Thursday morning.')).toEqual([
      ['Thursday morning', '2026-10-22TMO'],
    ]);
    expect(news('Pupils sit their first GCSE papers in May.')).toEqual([['May', '2027-05']]);
    expect(news('Children in Year 1 take a phonics check in June.')).toEqual([['June', '2027-06']]);
  });

  it('reads exams that wrap up and offers that are sent out ahead', () => {
    expect(news('AP exams wrap up Friday.')).toEqual([['Friday', '2026-10-23']]);
    expect(news('Decision notifications go out in late March.')).toEqual([
      ['late March', '2027-03'],
    ]);
    expect(news('Secondary school offers are sent out on 1 March.')).toEqual([
      ['on 1 March', '2027-03-01'],
    ]);
  });

  it('reads schools that open two hours late on a weekday as the coming one', () => {
    expect(news('Schools open two hours late Thursday because of the cold.')).toEqual([
      ['two hours', 'PT2H'],
      ['Thursday', '2026-10-22'],
    ]);
  });

  it('keeps the day gone by for a past, a negated past and a verb before no school thing', () => {
    expect(news('Pupils returned to school on Monday.')).toEqual([['on Monday', '2026-10-19']]);
    expect(news('Pupils went back to school on Monday.')).toEqual([['on Monday', '2026-10-19']]);
    expect(news('Students did not return to class on Monday after the shooting.')).toEqual([
      ['on Monday', '2026-10-19'],
    ]);
    expect(news('Pupils sat their first GCSE papers in May.')).toEqual([['May', '2026-05']]);
    expect(news('Schools opened two hours late Thursday.')).toEqual([
      ['two hours', 'PT2H'],
      ['Thursday', '2026-10-15'],
    ]);
    expect(news('Troops return fire on Monday.')).toEqual([['on Monday', '2026-10-19']]);
    expect(news('Teachers take the strike vote on Monday.')).toEqual([['on Monday', '2026-10-19']]);
    expect(news('Investors get their money back on Monday.')).toEqual([
      ['on Monday', '2026-10-19'],
    ]);
  });

  it('keeps the day gone by after a "go back" to anything but a school', () => {
    expect(news('The problems go back to a decision on Tuesday.')).toEqual([
      ['on Tuesday', '2026-10-20'],
    ]);
  });

  it('matches from the verb, not the subject', () => {
    const pattern = new RegExp(SCHOOL_CALENDAR_PRESENT, 'i');
    expect(pattern.exec('Pupils sit their GCSE papers')?.[0]).toBe('sit');
    expect(pattern.exec('Students return to school')?.[0]).toBe('return to school');
    expect(pattern.test('Students did not return to school')).toBe(false);
  });
});

describe("time off a school's calendar gives, told in the present", () => {
  const months = (text: string, published: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-US' })
        .filter((m) => m.type === 'DATE')
        .map((m) => m.value),
    );

  it.each([
    ['Students get a week off for fall break in October.', '2026-09-15', '2026-10'],
    ['Pupils get a week off for half-term in February.', '2026-12-02', '2027-02'],
    ['Students take a week off for spring break in March.', '2026-01-20', '2026-03'],
    ['Pupils in Wales have a week off in October.', '2026-09-15', '2026-10'],
  ])('reads the month of "%s" (said %s) as the one to come, %s', (text, published, value) => {
    expect(months(text, published)).toEqual([[value], [value]]);
  });

  it.each([
    ['Students got a week off for fall break in October.', '2026-11-15', '2026-10'],
    ['Investors get a week off from the markets in October.', '2026-11-15', '2026-10'],
  ])('keeps the month of "%s" (said %s) gone by, %s', (text, published, value) => {
    expect(months(text, published)).toEqual([[value], [value]]);
  });
});
