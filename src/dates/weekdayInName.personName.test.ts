import { format, previousFriday, previousSunday, previousTuesday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const fridayBefore = (published: string) =>
  format(previousFriday(toLocalDate(published)), 'yyyy-MM-dd');

describe("a weekday as a person's name", () => {
  it('reads no day in "Mr. Friday, the club\'s chairman, resigned", said on 3 November 1998', () => {
    const text = "Mr. Friday, the club's chairman, resigned.";
    expect(read(text, '1998-11-03')).toEqual([]);
    expect(readTimeml(text, '1998-11-03')).toEqual([]);
  });

  it('reads no day in "Dr. Monday, who runs the clinic, said no patients were hurt", said on 13 March 2002', () => {
    expect(
      read('Dr. Monday, who runs the clinic, said no patients were hurt.', '2002-03-13'),
    ).toEqual([]);
  });

  it('reads no day in "the senator\'s man Friday" nor in "a girl Friday at a talent agency" nor in "Every editor needs a girl Friday"', () => {
    const found = read("For a decade he was the senator's man Friday.", '1999-01-20');
    expect(found.filter((m) => m.includes('Friday'))).toEqual([]);
    expect(read('She started as a girl Friday at a talent agency.', '2009-07-15')).toEqual([]);
    expect(read('Every editor needs a girl Friday.', '2005-06-15')).toEqual([]);
  });

  it('keeps the day in "On Friday, Mr. Smith resigned", said on 3 November 1998', () => {
    const published = '1998-11-03';
    expect(read('On Friday, Mr. Smith resigned.', published)).toEqual([
      `On Friday = ${fridayBefore(published)}`,
    ]);
  });

  it('keeps the day in "Police said a man Friday robbed a bank", said on 15 May 1996', () => {
    const published = '1996-05-15';
    expect(read('Police said a man Friday robbed a bank in Dayton.', published)).toEqual([
      `Friday = ${fridayBefore(published)}`,
    ]);
  });

  it('keeps the day in "Police found the girl Friday in a wooded area near her home", said on 16 June 1999, and "A shark bit a girl Friday at a beach"', () => {
    const published = '1999-06-16';
    const friday = `Friday = ${fridayBefore(published)}`;
    expect(read('Police found the girl Friday in a wooded area near her home.', published)).toEqual(
      [friday],
    );
    expect(read('A shark bit a girl Friday at a beach near Pensacola.', published)).toEqual([
      friday,
    ]);
    expect(readTimeml('Firefighters rescued the girl Friday.', published)).toEqual([friday]);
  });

  it('keeps the day in "Clinton Tuesday, the eve of the summit, met an envoy from Moscow", said on 19 March 1997, and so an apposition that is the day\'s occasion', () => {
    const published = '1997-03-19';
    const tuesday = format(previousTuesday(toLocalDate(published)), 'yyyy-MM-dd');
    expect(
      read('Clinton Tuesday, the eve of the summit, met an envoy from Moscow.', published),
    ).toContain(`Tuesday = ${tuesday}`);
    expect(
      readTimeml('Voters Tuesday, the first round of the election, rejected the party.', published),
    ).toContain(`Tuesday = ${tuesday}`);
  });

  it('keeps the day in "Mr. Clinton Friday, the guest of a school in Kentucky, spoke", said on 17 May 2000: a title\'s period opens no sentence', () => {
    const published = '2000-05-17';
    expect(
      read('Mr. Clinton Friday, the guest of a school in Kentucky, spoke of reading.', published),
    ).toEqual([`Friday = ${fridayBefore(published)}`]);
  });

  it('keeps the day in "Bush Friday, the White House said, signed the bill" and "Clinton Friday, a day after the vote, signed it"', () => {
    const published = '1998-11-03';
    const friday = `Friday = ${fridayBefore(published)}`;
    expect(read('Bush Friday, the White House said, signed the bill.', published)).toEqual([
      friday,
    ]);
    expect(read('Clinton Friday, a day after the vote, signed it.', published)).toContain(friday);
  });

  it('keeps the day in "Clinton Friday, the first president to visit Vietnam since the war, toured Hanoi", said on 22 November 2000: a surname, which the words do not tell from a first name', () => {
    const published = '2000-11-22';
    const text =
      'Clinton Friday, the first president to visit Vietnam since the war, toured Hanoi.';
    const friday = `Friday = ${fridayBefore(published)}`;
    expect(read(text, published)).toContain(friday);
    expect(readTimeml(text, published)).toContain(friday);
  });

  it('keeps the day in "Officials Sunday, the last of the holidays, reopened the schools", said on 5 January 1998: an occasion named in the plural', () => {
    const published = '1998-01-05';
    const sunday = format(previousSunday(toLocalDate(published)), 'yyyy-MM-dd');
    expect(
      read('Officials Sunday, the last of the holidays, reopened the schools.', published),
    ).toContain(`Sunday = ${sunday}`);
  });

  it('keeps the day in "Voters Tuesday, a record 60 percent of them, turned out", said on 18 March 1998: a plural subject', () => {
    const published = '1998-03-18';
    const tuesday = format(previousTuesday(toLocalDate(published)), 'yyyy-MM-dd');
    expect(
      read('Voters Tuesday, a record 60 percent of them, turned out in the rain.', published),
    ).toContain(`Tuesday = ${tuesday}`);
  });
});
