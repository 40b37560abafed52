import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const DEC_2015 = { published: '2015-12-10', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>): Array<[string, string]> =>
  mentions.map((m) => [m.text, m.value]);
const news = (text: string) => read(findMentions(text, DEC_2015));

describe('a fiscal year told by the day or month that opens it', () => {
  it.each([
    [
      'The fiscal year that began July 1 will see cuts.',
      'The fiscal year that began July 1',
      '2015-07-01/2016-06-30',
    ],
    [
      'Their fiscal year beginning Oct. 1 will be tight.',
      'Their fiscal year beginning Oct. 1',
      '2015-10-01/2016-09-30',
    ],
    [
      'In the financial year starting in April, taxes rose.',
      'the financial year starting in April',
      '2015-04/2016-03',
    ],
    [
      'Lawmakers cut spending for the fiscal year beginning Oct. 1.',
      'the fiscal year beginning Oct. 1',
      '2015-10-01/2016-09-30',
    ],
    [
      "The city's budget for the fiscal year starting Oct. 1 includes raises for police.",
      'the fiscal year starting Oct. 1',
      '2015-10-01/2016-09-30',
    ],
  ])('reads %j as the year from that day or month, in the news reading', (text, words, value) => {
    expect(news(text)).toEqual([[words, value]]);
  });

  it('keeps the fiscal year and its day apart in TimeML mode', () => {
    expect(
      read(findTimemlMentions('The fiscal year that began July 1 will see cuts.', DEC_2015)),
    ).toEqual([
      ['The fiscal year', 'P1Y'],
      ['July 1', '2015-07-01'],
    ]);
  });

  it.each([
    ['Its fiscal year began on January 1.', 'January 1', '2015-01-01'],
    ['The year that began July 1 was hard.', 'July 1', '2015-07-01'],
    ['The fiscal year ended June 30.', 'June 30', '2015-06-30'],
  ])('reads only the day in %j', (text, words, value) => {
    expect(news(text)).toEqual([[words, value]]);
  });
});
