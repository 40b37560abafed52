import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { monthByTense } from './monthByTense.ts';
import { seasonByTense } from './seasonByTense.ts';

const NOVEMBER = { published: '2015-11-22', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, NOVEMBER).map((m) => [m.text, m.value]);

describe('a month or season after "that"', () => {
  it('reads "that September" as September of the year last named, not of publication', () => {
    expect(read('The crew arrived in 1955. He died in a car crash that September.')).toEqual([
      ['1955', '1955'],
      ['that September', '1955-09'],
    ]);
  });

  it('reads "that summer" and "That autumn" as the season of the year last named', () => {
    expect(read('She moved to Paris in June 1998. That autumn she met her husband.')).toEqual([
      ['June 1998', '1998-06'],
      ['That autumn', '1998-FA'],
    ]);
    expect(read('The mill closed in 1971, and that summer half the town left.')).toContainEqual([
      'that summer',
      '1971-SU',
    ]);
  });

  it('reads "that fall" as the season, but not "that fall in prices"', () => {
    expect(read('The plant opened in 1962. It flooded that fall.')).toContainEqual([
      'that fall',
      '1962-FA',
    ]);
    expect(read('Prices dropped in 2008, and that fall in prices hurt farmers.')).toEqual([
      ['2008', '2008'],
    ]);
  });

  it('leaves "that" opening a clause after a verb of saying to the month by the tense', () => {
    expect(
      read('The crew arrived in 1955. Officials said that September was the wettest month.'),
    ).toEqual([
      ['1955', '1955'],
      ['September', monthByTense(9, NOVEMBER.published, 'past')],
    ]);
  });

  it('reads "The captain wrote that September was the wettest month." by the tense, as after "said"', () => {
    expect(
      read('The crew arrived in 1955. The captain wrote that September was the wettest month.'),
    ).toEqual([
      ['1955', '1955'],
      ['September', monthByTense(9, NOVEMBER.published, 'past')],
    ]);
  });

  it('leaves "that" opening a clause after a verb of forecasting or deciding ("forecast that July would be warmer") to the month by the tense, the month alone in the extent', () => {
    expect(read('The agency forecast that July would be warmer than normal.')).toEqual([
      ['July', '2016-07'],
    ]);
    expect(read('Economists predicted that March would bring the peak.')).toEqual([
      ['March', '2016-03'],
    ]);
    // A month of the story's year after a verb of another kind still takes "that".
    expect(read('The dam burst in 1977. Farmers replanted that September.')).toEqual([
      ['1977', '1977'],
      ['that September', '1977-09'],
    ]);
  });

  it('reads "agreed that July to divide Berlin" as July of the year last named: no verb of its own after the month', () => {
    const PUB = { published: '2016-11-25', locale: 'en-US' } as const;
    const readAt = (text: string) => findMentions(text, PUB).map((m) => [m.text, m.value]);
    expect(readAt('The war ended in 1945. The Allies agreed that July to divide Berlin.')).toEqual([
      ['1945', '1945'],
      ['that July', '1945-07'],
    ]);
    expect(
      readAt(
        'Voters backed the measure in 2012, and the city council decided that December to delay it.',
      ),
    ).toEqual([
      ['2012', '2012'],
      ['that December', '2012-12'],
    ]);
    expect(
      readAt(
        'The company was founded in 1992 and listed its shares in 1996. Its board agreed that June to sell the unit.',
      ),
    ).toContainEqual(['that June', '1996-06']);
    expect(
      readAt('She was diagnosed in 2010. Doctors confirmed that March that the tumor had spread.'),
    ).toEqual([
      ['2010', '2010'],
      ['that March', '2010-03'],
    ]);
  });

  describe('with no year named before in the story', () => {
    const MARCH = '2026-03-11';
    const readMarch = (text: string) =>
      findMentions(text, { published: MARCH, locale: 'en-US' }).map((m) => [m.text, m.value]);

    it('reads "Temperatures soared that summer." in March as the summer gone by', () => {
      expect(readMarch('Temperatures soared that summer.')).toEqual([
        ['that summer', seasonByTense('SU', MARCH, 'past', 'last')],
      ]);
    });

    it('reads "Voters remember that September day in 2001." in March as September gone by, as the tense does', () => {
      expect(readMarch('Voters remember that September day in 2001.')[0]).toEqual([
        'that September',
        monthByTense(9, MARCH, 'past'),
      ]);
    });
  });
});

describe('a month or season "of that year", "of the following year", "of last year"', () => {
  const JUNE_2014 = { published: '2014-06-09', locale: 'en-GB' } as const;
  const readJune = (text: string) =>
    findMentions(text, JUNE_2014).map((m) => [m.text, m.type, m.value]);

  it('reads "Fujitsu left in September of that year" as September of the year last named, one expression', () => {
    expect(
      readJune('Accenture withdrew in 2006, and Fujitsu left in September of that year.'),
    ).toEqual([
      ['2006', 'DATE', '2006'],
      ['September of that year', 'DATE', '2006-09'],
    ]);
  });

  it('reads "He was promoted in November of that same year" after "joined the bank in 2006" as November 2006, one expression', () => {
    expect(
      read('He joined the bank in 2006. He was promoted in November of that same year.'),
    ).toEqual([
      ['2006', '2006'],
      ['November of that same year', '2006-11'],
    ]);
  });

  it('reads "the spring of the following year" and "March of the same year" from the year last named', () => {
    expect(
      readJune('The firm was founded in 1998 and listed in the spring of the following year.'),
    ).toEqual([
      ['1998', 'DATE', '1998'],
      ['the spring of the following year', 'DATE', '1999-SP'],
    ]);
    expect(readJune('He moved in 2001; the house was sold in March of the same year.')).toEqual([
      ['2001', 'DATE', '2001'],
      ['March of the same year', 'DATE', '2001-03'],
    ]);
    expect(readJune('He left in 1990, in the winter of the previous year.')).toContainEqual([
      'the winter of the previous year',
      'DATE',
      '1989-WI',
    ]);
  });

  it('reads "September of last year" and "the spring of next year" from the year of publication', () => {
    expect(readJune('Sales rose in September of last year.')).toEqual([
      ['September of last year', 'DATE', '2013-09'],
    ]);
    expect(readJune('The plant will open in the spring of next year.')).toEqual([
      ['the spring of next year', 'DATE', '2015-SP'],
    ]);
  });

  it('reads the same words in TimeML mode', () => {
    expect(
      findTimemlMentions('Accenture withdrew in 2006. Fujitsu left in September of that year.', {
        published: '2014-06-09',
        locale: 'en-GB',
      }).map((m) => [m.text, m.value]),
    ).toContainEqual(['September of that year', '2006-09']);
  });

  it('leaves "in September of 2006", with its year written, as that month', () => {
    expect(readJune('The Spine went live in September of 2006.')).toEqual([
      ['September of 2006', 'DATE', '2006-09'],
    ]);
  });
});

describe('a day and month "of next year", "of last year", "of that year"', () => {
  const january = { published: '1990-01-03', locale: 'en-US' } as const;
  const year = Number(january.published.slice(0, 4));
  const both = (text: string) => [
    findMentions(text, january).map((m) => [m.text, m.value]),
    findTimemlMentions(text, january).map((m) => [m.text, m.value]),
  ];

  it(`reads "The company said the sale should be completed by Dec. 31 of next year", said on 3 January 1990, as ${year + 1}-12-31 (was ${year - 1}-12-31 beside "next year")`, () => {
    const found = [['Dec. 31 of next year', `${year + 1}-12-31`]];
    expect(both('The company said the sale should be completed by Dec. 31 of next year.')).toEqual([
      found,
      found,
    ]);
  });

  it(`reads "Sales had doubled by June 30 of last year" as ${year - 1}-06-30 and "March 3 of that year" as that day of the year named`, () => {
    expect(both('Sales had doubled by June 30 of last year.')[0]).toEqual([
      ['June 30 of last year', `${year - 1}-06-30`],
    ]);
    expect(
      both('The rebels reached the city in 1944. They took it on March 3 of that year.')[0],
    ).toContainEqual(['March 3 of that year', '1944-03-03']);
  });

  it('leaves a day its month does not have, and a day with no year after it', () => {
    expect(both('The plant opened on Feb. 30 of last year.')[0]).toEqual([
      ['last year', `${year - 1}`],
    ]);
    expect(
      both('The deal is expected to close by Dec. 31, and next year sales will rise.')[0],
    ).toEqual([
      ['Dec. 31', `${year}-12-31`],
      ['next year', `${year + 1}`],
    ]);
  });
});
