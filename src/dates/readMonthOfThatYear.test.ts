import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
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
