import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const US = { published: '2015-12-10', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>): Array<[string, string]> =>
  mentions.map((m) => [m.text, m.value]);
const news = (text: string, options: Parameters<typeof findMentions>[1] = US) =>
  read(findMentions(text, options));

describe('the holiday season of a year the text gives', () => {
  it.each([
    ['The 2014 holiday season was weak.', 'The 2014 holiday season', '2014-11/2014-12'],
    ["Sales in last year's holiday season fell.", "last year's holiday season", '2014-11/2014-12'],
    ['Over the holidays in 2014, sales fell.', 'the holidays in 2014', '2014-11/2014-12'],
    ['This holiday season, shoppers spent more.', 'This holiday season', '2015-11/2015-12'],
    ['Last holiday season was slow.', 'Last holiday season', '2014-11/2014-12'],
  ])('reads %j as the November and December of that year', (text, words, value) => {
    expect(news(text)).toEqual([[words, value]]);
  });

  it('takes the year from a year word after it or a year opening the sentence', () => {
    expect(news('Retailers hired more for the holidays last year.')[0]).toEqual([
      'the holidays',
      '2014-11/2014-12',
    ]);
    expect(news('In 2014, stores opened early for the holiday season.')[1]).toEqual([
      'the holiday season',
      '2014-11/2014-12',
    ]);
  });

  it.each([
    'Retailers expect strong sales during the holiday season.',
    'Stores hired extra staff for the holidays.',
    'The peak holiday season in August drew tourists.',
    'Families left for the Easter holidays last year.',
    'Amazon will again hire 100,000 workers for the holidays as it did last year.',
    'This year, the holidays of Passover and Easter fall in the same week.',
    'Chinese factories shut for weeks over the Lunar New Year, and many workers did not return after the holidays last year.',
  ])('reads no holiday season in %j', (text) => {
    expect(news(text).filter(([words]) => /holiday/i.test(words))).toEqual([]);
  });

  it('reads "next holiday season" said in March as this year\'s, and said in December as next year\'s', () => {
    const text = 'Retailers are already planning for next holiday season.';
    expect(news(text, { published: '2016-03-15', locale: 'en-US' })).toEqual([
      ['next holiday season', '2016-11/2016-12'],
    ]);
    expect(news(text, { published: '2015-12-10', locale: 'en-US' })).toEqual([
      ['next holiday season', '2016-11/2016-12'],
    ]);
  });

  it('reads none said in January for "this holiday season", nor in British copy or TimeML', () => {
    const text = 'This holiday season, shoppers spent more.';
    expect(news(text, { published: '2016-01-05', locale: 'en-US' })).toEqual([]);
    expect(news(text, { published: '2015-12-10', locale: 'en-GB' })).toEqual([]);
    expect(read(findTimemlMentions('The 2014 holiday season was weak.', US))).toEqual([
      ['2014', '2014'],
    ]);
  });
});
