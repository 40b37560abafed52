import { describe, expect, it } from 'vitest';
import { format, nextFriday, previousFriday, setDate, subMonths, subWeeks } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

// A day reckoned from `published` (`step`), as yyyy-mm-dd.
const from = (published: string, step: (day: Date) => Date) =>
  format(step(toLocalDate(published)), 'yyyy-MM-dd');
// The 13th of the month before publication's.
const thirteenthOfMonthBefore = (day: Date) => setDate(subMonths(day, 1), 13);

describe('a weekday and its day of the month ("Friday the 13th")', () => {
  it('reads "Since Friday the 13th, the market has regained about half its losses", said on Friday 20 October 1989, as the Friday a week before', () => {
    const published = '1989-10-20';
    const [news, timeml] = read(
      'Since Friday the 13th, the market has regained about half its losses.',
      published,
    );
    const friday = from(published, (day) => subWeeks(day, 1));
    expect(news).toEqual([`Friday the 13th = ${friday}`]);
    expect(timeml).toEqual([`Friday the 13th = ${friday}`]);
  });

  it('reads "Traders are nervous about Friday the 13th, which falls tomorrow", said on Thursday 12 October 1989, as the next day', () => {
    const published = '1989-10-12';
    const [news] = read(
      'Traders are nervous about Friday the 13th, which falls tomorrow.',
      published,
    );
    expect(news).toContain(`Friday the 13th = ${from(published, nextFriday)}`);
  });

  it('reads "Money managers sold stocks after Friday the 13th", said on 1 November 1989, as the 13th of October, not the coming Friday', () => {
    const published = '1989-11-01';
    const [news] = read('Money managers sold stocks after Friday the 13th.', published);
    expect(news).toEqual([`Friday the 13th = ${from(published, thirteenthOfMonthBefore)}`]);
  });

  it('reads "The dollar fell in Tokyo on Friday the 13th", said on Monday 16 April 1990, as the Friday before', () => {
    const published = '1990-04-16';
    const [news] = read('The dollar fell in Tokyo on Friday the 13th.', published);
    expect(news).toEqual([`Friday the 13th = ${from(published, previousFriday)}`]);
  });

  it('reads no "Friday the 13th" from the title in "The horror film Friday the 13th opened to crowds", said on 16 October 1989', () => {
    // Only the whole title is guarded here: the weekday in it is still read alone, as the Friday
    // gone by, by the passes of a bare weekday.
    const [news, timeml] = read('The horror film Friday the 13th opened to crowds.', '1989-10-16');
    expect([...news!, ...timeml!].some((m) => m.startsWith('Friday the 13th'))).toBe(false);
  });
});

describe('a weekday before an ordinal that counts the noun after it', () => {
  it('reads "The exchange marked Friday the 25th anniversary of its founding", said on Wednesday 15 November 1989, as the Friday gone by, not a Friday the 25th', () => {
    const published = '1989-11-15';
    const [news, timeml] = read(
      'The exchange marked Friday the 25th anniversary of its founding with a dinner.',
      published,
    );
    expect(news).toEqual([`Friday = ${from(published, previousFriday)}`]);
    expect(timeml).toEqual([`Friday = ${from(published, previousFriday)}`]);
  });

  it('reads "Analysts said Friday the 12th straight quarter of gains was unlikely", said on Monday 16 October 1989, as the Friday gone by', () => {
    const published = '1989-10-16';
    const [news] = read(
      'Analysts said Friday the 12th straight quarter of gains was unlikely.',
      published,
    );
    expect(news).toContain(`Friday = ${from(published, previousFriday)}`);
    expect(news?.some((m) => m.startsWith('Friday the 12th'))).toBe(false);
  });
});
