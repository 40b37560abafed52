import { addDays, format, nextTuesday, previousTuesday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} ${m.value}`);

describe('Super Tuesday', () => {
  it('reads "Nearly 1,300 Republican delegates are at stake on Super Tuesday", said on 1 March 2000, as 2000-03-07', () => {
    const text = 'Nearly 1,300 Republican delegates are at stake on Super Tuesday.';
    expect(read(text, '2000-03-01')).toEqual(['Super Tuesday 2000-03-07']);
    expect(readTimeml(text, '2000-03-01')).toEqual(['Super Tuesday 2000-03-07']);
  });

  it('reads "Bush heads into Super Tuesday next week", said on 1 March 2000, as 2000-03-07 and 2000-W10', () => {
    expect(read('Bush heads into Super Tuesday next week with a lead.', '2000-03-01')).toEqual([
      'Super Tuesday 2000-03-07',
      'next week 2000-W10',
    ]);
  });

  it('reads "McCain never recovered from Super Tuesday", said on 10 November 2000, as 2000-03-07', () => {
    expect(read('McCain never recovered from Super Tuesday.', '2000-11-10')).toEqual([
      'Super Tuesday 2000-03-07',
    ]);
  });

  it('reads "Bush hopes to lock up the nomination on Super Tuesday", said on 10 November 1999, as 2000-03-07', () => {
    expect(read('Bush hopes to lock up the nomination on Super Tuesday.', '1999-11-10')).toEqual([
      'Super Tuesday 2000-03-07',
    ]);
  });

  it('reads "Super Tuesday" in the year between two elections by its tense', () => {
    expect(read('Dukakis swept the South on Super Tuesday.', '1990-05-02')).toEqual([
      'Super Tuesday 1988-03-08',
    ]);
    expect(read('Candidates will court the South before Super Tuesday.', '1990-05-02')).toEqual([
      'Super Tuesday 1992-03-10',
    ]);
  });

  it('reads "Super Tuesday 2008", said in 2000, as 2008-02-05', () => {
    expect(
      read('Party leaders are already planning for Super Tuesday 2008.', '2000-12-01'),
    ).toEqual(['Super Tuesday 2008 2008-02-05']);
  });

  it('reads nothing new in "Super Tuesdays" nor in "last Super Tuesday"', () => {
    expect(read('Super Tuesdays are rare in the West.', '2000-03-01')).toEqual([]);
    expect(read('He said last Super Tuesday was a rout.', '2000-03-01')).toEqual([
      'Tuesday 2000-02-29',
    ]);
  });

  it('reads "It was a Super Tuesday on Wall Street", said on 21 October 1998, as the weekday 1998-10-20, not the primaries (review)', () => {
    expect(
      read('It was a Super Tuesday on Wall Street as the Dow soared 330 points.', '1998-10-21'),
    ).toEqual(['Tuesday 1998-10-20']);
    expect(
      read('It was a super Tuesday for investors as the Dow jumped 200 points.', '1999-04-14'),
    ).toEqual(['Tuesday 1999-04-13']);
  });
  it('reads "Nearly half the delegates will be chosen on Super Tuesday, Feb. 5", said on 20 January 2008, as 2008-02-05 twice', () => {
    const text = 'Nearly half the delegates will be chosen on Super Tuesday, Feb. 5.';
    expect(read(text, '2008-01-20')).toEqual(['Super Tuesday 2008-02-05', 'Feb. 5 2008-02-05']);
    expect(readTimeml(text, '2008-01-20')).toEqual([
      'Super Tuesday 2008-02-05',
      'Feb. 5 2008-02-05',
    ]);
  });

  it('reads "Gore won 11 states on Super Tuesday, March 7, 2000", said on 2 May 2001, with the date written after it', () => {
    expect(read('Gore won 11 states on Super Tuesday, March 7, 2000.', '2001-05-02')).toEqual([
      'Super Tuesday 2000-03-07',
      'March 7, 2000 2000-03-07',
    ]);
  });

  it('leaves "Tuesday, Feb. 5" with no "Super" before it one date', () => {
    expect(read('The Illinois vote is on Tuesday, Feb. 5.', '2008-01-20')).toEqual([
      'on Tuesday, Feb. 5 2008-02-05',
    ]);
  });

  it('reads "Clinton swept the South on Super Tuesday in 1992", said on 3 March 2000, as 1992-03-10 and the year', () => {
    const text = 'Clinton swept the South on Super Tuesday in 1992.';
    expect(read(text, '2000-03-03')).toEqual(['Super Tuesday 1992-03-10', '1992 1992']);
    expect(readTimeml(text, '2000-03-03')).toEqual(['Super Tuesday 1992-03-10', '1992 1992']);
    expect(
      read('Southern Democrats created Super Tuesday in 1988 to boost a moderate.', '2000-02-28'),
    ).toEqual(['Super Tuesday 1988-03-08', '1988 1988']);
  });

  it('reads "Gary Hart won several states on Super Tuesday in 1984", said on 2 March 2000 or on 1 November 1989, as the second Tuesday of March 1984 and the year', () => {
    // 1984's primaries, like 1988's, fell on March's second Tuesday.
    const value = format(nextTuesday(addDays(new Date(1984, 2, 1), 6)), 'yyyy-MM-dd');
    const text = 'Gary Hart won several states on Super Tuesday in 1984.';
    for (const published of ['2000-03-02', '1989-11-01']) {
      expect(read(text, published)).toEqual([`Super Tuesday ${value}`, '1984 1984']);
      expect(readTimeml(text, published)).toEqual([`Super Tuesday ${value}`, '1984 1984']);
    }
    expect(
      read('Walter Mondale survived Super Tuesday 1984 and won the nomination.', '2000-02-28'),
    ).toEqual([`Super Tuesday 1984 ${value}`]);
  });

  it('still reads "Super Tuesday, first held in 1988, will decide the race", said on 1 March 2000, as 2000-03-07', () => {
    const text = 'Super Tuesday, first held in 1988, will decide the race.';
    expect(read(text, '2000-03-01')[0]).toBe('Super Tuesday 2000-03-07');
    expect(read('Bush hopes to win on Super Tuesday in March.', '2000-01-10')[0]).toBe(
      'Super Tuesday 2000-03-07',
    );
  });

  it('reads "the eve" in "Bush campaigned in New York on the eve of Super Tuesday", said on 6 March 2000, as 2000-03-06 in the news reading, beside the day itself', () => {
    const text = 'Bush campaigned in New York on the eve of Super Tuesday.';
    const tuesday = new Date(Date.UTC(2000, 2, 7));
    const eve = new Date(tuesday.getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(read(text, '2000-03-06')).toEqual([`the eve ${eve}`, 'Super Tuesday 2000-03-07']);
    expect(readTimeml(text, '2000-03-06')).toEqual(['Super Tuesday 2000-03-07']);
  });

  it('still reads "Super Tuesday" alone, and "the eve" of another thing, as before', () => {
    expect(read('McCain faces his biggest test on Super Tuesday.', '2000-03-06')).toEqual([
      'Super Tuesday 2000-03-07',
    ]);
    // "The eve of the vote" reads as it does with no Super Tuesday in the sentence.
    const eveAlone = read('The eve of the vote was quiet.', '2000-03-08');
    expect(read('The eve of the vote was quiet, and so was Super Tuesday.', '2000-03-08')).toEqual([
      ...eveAlone,
      'Super Tuesday 2000-03-07',
    ]);
  });

  it('leaves "Super Tuesday in 1980", before the name was given, to the weekday', () => {
    const published = '1989-11-01';
    const found = read('Turnout on Super Tuesday in 1980 was low.', published);
    expect(found.some((m) => m.startsWith('Super Tuesday'))).toBe(false);
    // The weekday alone, read as a bare Tuesday told in the past is: the last before publication.
    const tuesday = format(previousTuesday(new Date(`${published}T12:00`)), 'yyyy-MM-dd');
    expect(found).toContain(`Tuesday ${tuesday}`);
  });
});
