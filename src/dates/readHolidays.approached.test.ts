import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

// The date `days` days from `published`, as yyyy-mm-dd.
const shift = (published: string, days: number) =>
  new Date(Date.parse(`${published}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('a feast told in the past to draw near, a few days before it', () => {
  it('reads "Retail stocks rose as the Thanksgiving holiday approached", said on Monday 20 November 1989, as the coming Thursday', () => {
    const published = '1989-11-20';
    const [news, timeml] = read(
      'Retail stocks rose as the Thanksgiving holiday approached.',
      published,
    );
    expect(news).toEqual([`Thanksgiving = ${shift(published, 3)}`]);
    expect(timeml).toEqual([`Thanksgiving = ${shift(published, 3)}`]);
  });

  it('reads "Dealers squared positions as the New Year\'s holiday neared", said on 27 December 1989, as the coming 1 January', () => {
    const published = '1989-12-27';
    const [news] = read("Dealers squared positions as the New Year's holiday neared.", published);
    expect(news).toEqual([`New Year's = ${shift(published, 5)}`]);
  });

  it('reads "Stocks drifted lower as the Labor Day weekend approached", said on Thursday 31 August 1989, as the weekend two days on', () => {
    const published = '1989-08-31';
    const [news] = read('Stocks drifted lower as the Labor Day weekend approached.', published);
    // The weekend of Saturday 2 September, two days after publication, by its ISO week.
    const week = format(parseISO(shift(published, 2)), "RRRR-'W'II");
    expect(news).toEqual([`Labor Day weekend = ${week}-WE`]);
  });

  it('still reads "Sales rose sharply as the Christmas holiday approached", said on 15 August 1989, as the Christmas gone by', () => {
    const published = '1989-08-15';
    const [news] = read('Sales rose sharply as the Christmas holiday approached.', published);
    expect(news).toEqual([`Christmas = ${Number(published.slice(0, 4)) - 1}-12-25`]);
  });

  it('still reads "Sales rose as Christmas approached", said on 2 January 1990, as the Christmas gone by', () => {
    const published = '1990-01-02';
    const [news] = read('Sales rose as Christmas approached.', published);
    expect(news).toEqual([`Christmas = ${shift(published, -8)}`]);
  });

  it('reads "Last year, as Christmas approached, toy sales soared", said on Monday 18 December 1989, as the Christmas of the year before', () => {
    const published = '1989-12-18';
    const [news, timeml] = read('Last year, as Christmas approached, toy sales soared.', published);
    const christmas = `${Number(published.slice(0, 4)) - 1}-12-25`;
    expect(news).toContain(`Christmas = ${christmas}`);
    expect(timeml).toContain(`Christmas = ${christmas}`);
  });
});
