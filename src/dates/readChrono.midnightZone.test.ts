import { addDays, format, nextFriday, nextTuesday, previousFriday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const day = (date: Date) => format(date, 'yyyy-MM-dd');

describe('a midnight with its zone before a weekday', () => {
  it('reads "The offer will expire at midnight EST Friday", said on Monday 13 November 1989, as the midnight that ends Friday', () => {
    const published = new Date(1989, 10, 13);
    const friday = nextFriday(published);
    const text = 'The offer is scheduled to expire at midnight EST Friday, unless extended.';
    expect(read(text, day(published))).toContain(
      `midnight EST Friday = ${day(addDays(friday, 1))}T00:00`,
    );
    expect(readTimeml(text, day(published))).toContain(`midnight EST Friday = ${day(friday)}T24`);
  });

  it('reads "until midnight EDT Tuesday", said on Monday 30 October 1989, as the end of that Tuesday', () => {
    const published = new Date(1989, 9, 30);
    const text = 'Shareholders have until midnight EDT Tuesday to tender their shares.';
    expect(readTimeml(text, day(published))).toContain(
      `midnight EDT Tuesday = ${day(nextTuesday(published))}T24`,
    );
  });

  it('keeps "The offer expired at 5 p.m. EST Friday", said on Monday 18 December 1989, at five on the Friday gone by', () => {
    const published = new Date(1989, 11, 18);
    expect(readTimeml('The offer expired at 5 p.m. EST Friday.', day(published))).toContain(
      `5 p.m. EST Friday = ${day(previousFriday(published))}T17:00`,
    );
  });
});
