import { describe, expect, it } from 'vitest';
import { endOfDay } from './endOfDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { midnightOfDeadline } from './midnightOfDeadline.ts';
import { shiftTimex } from './shiftTimex.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

// Tuesday 21 November 2000, the day the Florida Supreme Court's deadline ran out.
const TUESDAY = '2000-11-21';

describe('midnightOfDeadline', () => {
  it('reads "The Florida court had set a deadline of midnight Tuesday", said that Tuesday, as the midnight that ends it', () => {
    const text = 'The Florida court had set a deadline of midnight Tuesday for the counties.';
    expect(midnightOfDeadline(text, text.indexOf('midnight'))).toBe(true);
    expect(read(text, TUESDAY)).toEqual([['midnight Tuesday', endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, TUESDAY)).toEqual([
      ['midnight Tuesday', endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it('reads "The counties had until midnight Tuesday", said that Tuesday, as the midnight that ends it', () => {
    const text = 'The counties had until midnight Tuesday to deliver their returns.';
    expect(read(text, TUESDAY)).toEqual([['midnight Tuesday', endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, TUESDAY)).toEqual([
      ['midnight Tuesday', endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it('reads "The deadline for overseas ballots was midnight Friday", said that Friday, as the midnight that ends it', () => {
    const friday = '2000-11-17';
    const text = 'The deadline for overseas ballots was midnight Friday, officials said.';
    expect(read(text, friday)).toEqual([['midnight Friday', endOfDay(friday, {})]]);
    expect(readTimeml(text, friday)).toEqual([
      ['midnight Friday', endOfDay(friday, { timeml: true })],
    ]);
  });

  it('leaves "Talks broke down at midnight Tuesday", said that Tuesday, on the midnight that opens it', () => {
    const text = 'Talks broke down at midnight Tuesday.';
    expect(midnightOfDeadline(text, text.indexOf('midnight'))).toBe(false);
    expect(read(text, TUESDAY)).toEqual([
      ['midnight Tuesday', endOfDay(TUESDAY, { keepStart: true })],
    ]);
    expect(readTimeml(text, TUESDAY)).toEqual([
      ['midnight Tuesday', endOfDay(TUESDAY, { timeml: true, keepStart: true })],
    ]);
  });

  it('leaves a deadline in another clause alone ("The deadline passed, and talks broke down at midnight Tuesday")', () => {
    const text = 'The deadline passed, and talks broke down at midnight Tuesday.';
    expect(midnightOfDeadline(text, text.indexOf('midnight'))).toBe(false);
  });

  it('reads "Counties must meet a midnight Nov. 21 deadline", said the day before, as the midnight that ends the 21st', () => {
    const text = 'Counties must meet a midnight Nov. 21 deadline.';
    const start = text.indexOf('midnight');
    expect(midnightOfDeadline(text, start, start + 'midnight Nov. 21'.length)).toBe(true);
    const monday = shiftTimex(TUESDAY, { amount: -1, unit: 'day' });
    expect(read(text, monday)).toEqual([['midnight Nov. 21', endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, monday)).toEqual([
      ['midnight Nov. 21', endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it('reads "Milosevic ignored a midnight Tuesday deadline", said that Tuesday, as the midnight that ends it', () => {
    const tuesday = '1999-03-23';
    const text = 'Milosevic ignored a midnight Tuesday deadline to accept the plan.';
    expect(read(text, tuesday)).toEqual([['midnight Tuesday', endOfDay(tuesday, {})]]);
    expect(readTimeml(text, tuesday)).toEqual([
      ['midnight Tuesday', endOfDay(tuesday, { timeml: true })],
    ]);
  });

  it('leaves "Voting machines were sealed at midnight on Nov. 21. Deadlines were met", said that day, on the midnight that opens it', () => {
    const text = 'Voting machines were sealed at midnight on Nov. 21. Deadlines were met.';
    const start = text.indexOf('midnight');
    expect(midnightOfDeadline(text, start, start + 'midnight on Nov. 21'.length)).toBe(false);
    expect(read(text, TUESDAY)).toEqual([['midnight on Nov. 21', `${TUESDAY}T00:00`]]);
  });

  it('leaves "The shelling resumed at midnight Tuesday, deadline or no deadline", said that Tuesday, on the midnight that opens it', () => {
    const tuesday = '1999-03-23';
    const text =
      'The shelling resumed at midnight Tuesday, deadline or no deadline, witnesses said.';
    const start = text.indexOf('midnight');
    expect(midnightOfDeadline(text, start, start + 'midnight Tuesday'.length)).toBe(false);
    expect(read(text, tuesday)).toEqual([
      ['midnight Tuesday', endOfDay(tuesday, { keepStart: true })],
    ]);
    expect(readTimeml(text, tuesday)).toEqual([
      ['midnight Tuesday', endOfDay(tuesday, { timeml: true, keepStart: true })],
    ]);
  });

  it('leaves "Police sealed the ballot boxes at midnight Nov. 21, deadline or no deadline", said that day, on the midnight that opens it', () => {
    const text = 'Police sealed the ballot boxes at midnight Nov. 21, deadline or no deadline.';
    expect(read(text, TUESDAY)).toEqual([['midnight Nov. 21', `${TUESDAY}T00:00`]]);
  });

  it('reads "The Teamsters set a midnight Aug. 5 contract deadline", said on Aug. 3, as the midnight that ends the 5th', () => {
    const published = '2000-08-03';
    const fifth = shiftTimex(published, { amount: 2, unit: 'day' });
    const text = 'The Teamsters set a midnight Aug. 5 contract deadline.';
    const start = text.indexOf('midnight');
    expect(midnightOfDeadline(text, start, start + 'midnight Aug. 5'.length)).toBe(true);
    expect(read(text, published)).toEqual([['midnight Aug. 5', endOfDay(fifth, {})]]);
    expect(readTimeml(text, published)).toEqual([
      ['midnight Aug. 5', endOfDay(fifth, { timeml: true })],
    ]);
  });
  it('reads "Harris set a deadline for the hand counts of midnight Nov. 21", said that day, as the midnight that ends it', () => {
    const text = 'Harris set a deadline for the hand counts of midnight Nov. 21.';
    expect(midnightOfDeadline(text, text.indexOf('midnight'))).toBe(true);
    expect(read(text, TUESDAY)).toEqual([['midnight Nov. 21', endOfDay(TUESDAY, {})]]);
    expect(readTimeml(text, TUESDAY)).toEqual([
      ['midnight Nov. 21', endOfDay(TUESDAY, { timeml: true })],
    ]);
  });

  it('reads "The state set a deadline for absentee ballots from overseas of midnight Nov. 17", said two days before, as the midnight that ends it', () => {
    const friday = '2000-11-17';
    const said = shiftTimex(friday, { amount: -2, unit: 'day' });
    const text = 'The state set a deadline for absentee ballots from overseas of midnight Nov. 17.';
    expect(read(text, said)).toEqual([['midnight Nov. 17', endOfDay(friday, {})]]);
    expect(readTimeml(text, said)).toEqual([
      ['midnight Nov. 17', endOfDay(friday, { timeml: true })],
    ]);
  });

  it('leaves "The deadline for the hand counts was extended, and the count resumed shortly after midnight Nov. 21", a deed, at the midnight that opens the day', () => {
    const text =
      'The deadline for the hand counts was extended, and the count resumed shortly after midnight Nov. 21.';
    const said = shiftTimex(TUESDAY, { amount: 1, unit: 'day' });
    expect(midnightOfDeadline(text, text.indexOf('midnight'))).toBe(false);
    expect(readTimeml(text, said)).toEqual([['midnight Nov. 21', `${TUESDAY}T00:00`]]);
  });
  it('reads "The deadline to certify the results is midnight Nov. 26", said on 22 November 2000, as the midnight that ends the 26th', () => {
    const day = '2000-11-26';
    const said = shiftTimex(day, { amount: -4, unit: 'day' });
    const text = 'The deadline to certify the results is midnight Nov. 26.';
    expect(midnightOfDeadline(text, text.indexOf('midnight'))).toBe(true);
    expect(read(text, said)).toEqual([['midnight Nov. 26', endOfDay(day, {})]]);
    expect(readTimeml(text, said)).toEqual([['midnight Nov. 26', endOfDay(day, { timeml: true })]]);
  });
});
