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

describe('a release a day owns, watched in the future, said earlier in the week', () => {
  it('reads "Traders will be watching Friday\'s employment report", said on Monday 6 November 1989, as the coming Friday', () => {
    const published = '1989-11-06';
    const [news, timeml] = read(
      "Traders will be watching Friday's employment report for signs of a slowing economy.",
      published,
    );
    expect(news).toEqual([`Friday = ${shift(published, 4)}`]);
    expect(timeml).toEqual([`Friday = ${shift(published, 4)}`]);
  });

  it('reads "Economists will be looking closely at Thursday\'s report on producer prices", said on Monday 8 January 1990, as the coming Thursday', () => {
    const published = '1990-01-08';
    const [news] = read(
      "Economists will be looking closely at Thursday's report on producer prices.",
      published,
    );
    expect(news).toEqual([`Thursday = ${shift(published, 3)}`]);
  });

  it('reads "the market will focus on Friday\'s January employment figures", said on Monday 5 February 1990, as the coming Friday', () => {
    const published = '1990-02-05';
    const [, timeml] = read(
      "Dealers said the market will focus on Friday's January employment figures.",
      published,
    );
    expect(timeml).toContain(`Friday = ${shift(published, 4)}`);
  });

  it('still reads "Traders were surprised by Friday\'s employment report", said on Monday 6 November 1989, as the Friday gone by', () => {
    const published = '1989-11-06';
    const [news] = read("Traders were surprised by Friday's employment report.", published);
    expect(news).toEqual([`Friday = ${shift(published, -3)}`]);
  });

  it('still reads "Analysts will study Friday\'s employment report for clues", said on Monday 6 November 1989, as the Friday gone by', () => {
    const published = '1989-11-06';
    const [news] = read("Analysts will study Friday's employment report for clues.", published);
    expect(news).toEqual([`Friday = ${shift(published, -3)}`]);
  });

  it('still reads "Traders will be watching Friday\'s weak employment report for more signs", said on Monday 6 November 1989, as the Friday gone by', () => {
    const published = '1989-11-06';
    const [news] = read(
      "Traders will be watching Friday's weak employment report for more signs.",
      published,
    );
    expect(news).toEqual([`Friday = ${shift(published, -3)}`]);
  });

  it('still reads "Economists will scrutinize Friday\'s data, which showed a sharp drop in payrolls", said on Monday 6 November 1989, as the Friday gone by', () => {
    const published = '1989-11-06';
    const [news] = read(
      "Economists will scrutinize Friday's data, which showed a sharp drop in payrolls.",
      published,
    );
    expect(news).toContain(`Friday = ${shift(published, -3)}`);
  });

  it('still reads "Regulators will eye Monday\'s trading data as they investigate the plunge", said on Wednesday 18 October 1989, as the Monday gone by', () => {
    const published = '1989-10-18';
    const [news] = read(
      "Regulators will eye Monday's trading data as they investigate the plunge.",
      published,
    );
    expect(news).toContain(`Monday = ${shift(published, -2)}`);
  });

  it('still reads "The Fed will look at Monday\'s figures on consumer credit before it meets", said on Wednesday 8 November 1989, as the Monday two days gone by', () => {
    const published = '1989-11-08';
    const [news] = read(
      "The Fed will look at Monday's figures on consumer credit before it meets.",
      published,
    );
    expect(news).toContain(`Monday = ${shift(published, -2)}`);
  });
});
