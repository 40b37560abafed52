import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const DEC_2013 = { published: '2013-12-05', locale: 'en-US' } as const; // a Thursday

/** Text, type and value of every mention in both readings, each checked against its offsets. */
function both(text: string) {
  const read = (all: Mention[]) =>
    all.map((m) => {
      Mention.parse(m);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return [m.text, m.type, m.value];
    });
  return {
    news: read(findMentions(text, DEC_2013)),
    timeml: read(findTimemlMentions(text, DEC_2013)),
  };
}

describe('a figure before "percent" or "points" is no clock time', () => {
  it('reads "on Thursday, at 0.25 percent" as the day alone, not 00:25', () => {
    const { news, timeml } = both(
      'The European Central Bank left its main rate unchanged on Thursday, at 0.25 percent, after cutting it last month.',
    );
    expect(news).toEqual([
      ['on Thursday', 'DATE', '2013-12-05'],
      ['last month', 'DATE', '2013-11'],
    ]);
    expect(timeml).toEqual([
      ['Thursday', 'DATE', '2013-12-05'],
      ['last month', 'DATE', '2013-11'],
    ]);
  });

  it('reads "on Thursday at 5 percent" and "on Friday at 12.50 points" as the days alone', () => {
    expect(both('The bank held the rate on Thursday at 5 percent.').timeml).toEqual([
      ['Thursday', 'DATE', '2013-12-05'],
    ]);
    expect(both('The index closed on Friday at 12.50 points.').news).toEqual([
      ['on Friday', 'DATE', '2013-11-29'],
    ]);
    expect(both('Yields ended on Monday at 2.5% after the auction.').timeml).toEqual([
      ['Monday', 'DATE', '2013-12-02'],
    ]);
  });

  it('still reads "on Thursday at 9.30" and "at 9 a.m." beside a percentage as clock times', () => {
    expect(both('The meeting opened on Thursday at 9.30.').timeml).toEqual([
      ['Thursday at 9.30', 'TIME', '2013-12-05T09:30'],
    ]);
    expect(both('Trading opens on Monday at 9 a.m., with a fee of 5 percent.').news).toEqual([
      ['on Monday at 9 a.m.', 'TIME', '2013-12-09T09:00'],
    ]);
  });

  it('reads "at 10 PT on Tuesday" as a clock in Pacific Time, not a figure in points', () => {
    const published = { published: '2019-11-05', locale: 'en-US' } as const;
    expect(
      findMentions(
        "Apple's event begins at 10 PT on Tuesday and will be streamed live.",
        published,
      ).map((m) => [m.text, m.type, m.value]),
    ).toEqual([['at 10 PT on Tuesday', 'TIME', '2019-11-05T10:00']]);
  });

  it('reads "on April 14 points to a narrowing race" as the whole date, the day no figure before the verb "points"', () => {
    const read = (text: string, published: string) =>
      findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
    expect(
      read('A YouGov survey conducted on April 14 points to a narrowing race.', '2015-04-28'),
    ).toEqual([['April 14', '2015-04-14']]);
    expect(
      read('Data released on January 15 points to a slowing economy in China.', '2016-01-20'),
    ).toEqual([['January 15', '2016-01-15']]);
  });
});
