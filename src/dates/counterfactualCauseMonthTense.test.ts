import { describe, expect, it } from 'vitest';
import { counterfactualCauseMonthTense } from './counterfactualCauseMonthTense.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string, phrase: string, locale = 'en-US' as const) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale }).find((m) => m.text === phrase)?.value,
  );

describe('a month in a cause whose absence the sentence weighs', () => {
  it('reads "Were it not for the October slide, the fund would be up 12% for the year", said on 14 November 1989, as 1989-10', () => {
    expect(
      read(
        'Were it not for the October slide, the fund would be up 12% for the year.',
        '1989-11-14',
        'October',
      ),
    ).toEqual(['1989-10', '1989-10']);
  });

  it.each([
    [
      'Were it not for the August sell-off, the portfolio would have gained 8%, its manager said.',
      '1998-09-03',
      'August',
      '1998-08',
    ],
    [
      'But for the March earthquake, exports would be growing, economists said.',
      '2011-04-05',
      'March',
      '2011-03',
    ],
    [
      'If it weren’t for the October crash, the fund would be up for the year.',
      '1989-11-14',
      'October',
      '1989-10',
    ],
    [
      'Were it not for its September write-off, the bank would have earned $40 million.',
      '1994-10-11',
      'September',
      '1994-09',
    ],
    [
      'Without the September storms, the harvest would have been a record, officials said.',
      '1999-11-20',
      'September',
      '1999-09',
    ],
  ])('reads "%s", said on %s, as the month gone by', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it.each([
    [
      'Were it not for the June deadline, negotiators would take more time.',
      '2003-05-06',
      'June',
      '2003-06',
    ],
    ['Without the June cuts, the school would close.', '2003-05-06', 'June', '2003-06'],
    [
      'Were the October vote to fail, the government would fall.',
      '2015-09-01',
      'October',
      '2015-10',
    ],
    [
      'If the December auction goes well, the Treasury will sell more bonds.',
      '1989-11-14',
      'December',
      '1989-12',
    ],
  ])('still reads "%s", said on %s, as the coming month', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it.each([
    [
      'Were it not for the November interest payment, the company would have ample cash.',
      '1989-10-16',
      'November',
      '1989-11',
    ],
    [
      'Were it not for the March refunding, the Treasury would have to borrow more.',
      '1990-02-12',
      'March',
      '1990-03',
    ],
    [
      'But for the January bond redemption, the city would have a surplus.',
      '1989-11-14',
      'January',
      '1990-01',
    ],
  ])(
    'still reads "%s", said on %s, as a month of a thing falling due (review)',
    (text, published, phrase, value) => {
      expect(read(text, published, phrase)).toEqual([value, value]);
    },
  );

  it('passes the tense on where no cause opens the sentence', () => {
    expect(
      counterfactualCauseMonthTense(
        'The fund said that ',
        ' would be good.',
        10,
        '1989-11-14',
        'future',
      ),
    ).toBe('future');
  });
});
