import { format, previousFriday, previousMonday, previousSunday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const day = (date: Date) => format(date, 'yyyy-MM-dd');

describe('a weekday as a surname after a title and a given name', () => {
  it('reads no day in "Sgt. Joe Friday is the hero of the radio show", said on 13 June 1990', () => {
    const text = 'Sgt. Joe Friday is the hero of the radio show.';
    expect(read(text, '1990-06-13')).toEqual([]);
    expect(readTimeml(text, '1990-06-13')).toEqual([]);
  });

  it('reads no day in "Police spokesman Mark Friday said two men were arrested", said on 8 October 2003', () => {
    const text = 'Police spokesman Mark Friday said two men were arrested.';
    expect(read(text, '2003-10-08')).toEqual([]);
    expect(readTimeml(text, '2003-10-08')).toEqual([]);
  });

  it('reads no day in "Coach Tom Monday said", "Deputy Chief Ann Sunday said" nor "Rep. Mike Friday told reporters"', () => {
    expect(read('Coach Tom Monday said the team was ready.', '1999-04-21')).toEqual([]);
    expect(read('Deputy Chief Ann Sunday said the search would continue.', '2008-03-12')).toEqual(
      [],
    );
    expect(read('Rep. Mike Friday told reporters the bill would pass.', '2011-09-07')).toEqual([]);
  });

  it('keeps the day in "The measure was signed by Gov. Bush Friday, who called it a victory", said on 1 June 2005', () => {
    const published = '2005-06-01';
    const friday = day(previousFriday(toLocalDate(published)));
    const text =
      'The measure was signed by Gov. Bush Friday, who called it a victory for families.';
    expect(read(text, published)).toContain(`Friday = ${friday}`);
    expect(readTimeml(text, published)).toContain(`Friday = ${friday}`);
  });

  it('keeps the day in "Judge Smith Friday ruled" and "Sen. Kennedy Friday called", said on 13 June 1990', () => {
    const published = '1990-06-13';
    const friday = `Friday = ${day(previousFriday(toLocalDate(published)))}`;
    expect(read('Judge Smith Friday ruled that the law was invalid.', published)).toEqual([friday]);
    expect(read('Sen. Kennedy Friday called for hearings.', published)).toEqual([friday]);
    expect(readTimeml('Judge Martin Friday ruled.', published)).toEqual([friday]);
  });

  it('keeps the day in "The bill was signed by Gov. Wilson Monday, who had vetoed a similar measure", said on 13 June 1990', () => {
    const published = '1990-06-13';
    const monday = `Monday = ${day(previousMonday(toLocalDate(published)))}`;
    const signed = 'The bill was signed by Gov. Wilson Monday, who had vetoed a similar measure.';
    expect(read(signed, published)).toEqual([monday]);
    expect(readTimeml(signed, published)).toEqual([monday]);
    expect(read('Aides met with Mayor Thomas Monday, who promised a reply.', published)).toEqual([
      monday,
    ]);
  });

  it('keeps the day in "Mayor Thomas on Monday said" and "On Friday, Mr. Smith resigned"', () => {
    const published = '1994-09-28';
    expect(read('Mayor Thomas on Monday said taxes would not rise.', published)).toEqual([
      `on Monday = ${day(previousMonday(toLocalDate(published)))}`,
    ]);
    expect(read('On Friday, Mr. Smith resigned.', published)).toEqual([
      `On Friday = ${day(previousFriday(toLocalDate(published)))}`,
    ]);
  });

  it('keeps the day in "Sheriff Scott Monday said" and in "Gov. Ann Richards Sunday signed"', () => {
    const published = '1994-09-28';
    expect(read('Sheriff Scott Monday said the jail was full.', published)).toEqual([
      `Monday = ${day(previousMonday(toLocalDate(published)))}`,
    ]);
    expect(read('Gov. Ann Richards Sunday signed the bill.', published)).toEqual([
      `Sunday = ${day(previousSunday(toLocalDate(published)))}`,
    ]);
  });

  it('keeps the day in "Gov. Ryan Friday commuted the death sentences", said on 13 January 2003: a surname that is also a given name', () => {
    const published = '2003-01-13';
    const friday = `Friday = ${day(previousFriday(toLocalDate(published)))}`;
    const text = 'Gov. Ryan Friday commuted the death sentences of 167 inmates.';
    expect(read(text, published)).toContain(friday);
    expect(readTimeml(text, published)).toContain(friday);
  });
});
