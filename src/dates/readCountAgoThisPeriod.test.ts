import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_27 = { published: '2014-03-27', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, MARCH_27).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, MARCH_27).map((m) => [m.text, m.type, m.value] as const);

describe('an anniversary counted in years back from this month or week', () => {
  it('reads "launched ten years ago this month" as March 2004, one expression, in both readings', () => {
    const text = 'The probe, launched ten years ago this month, woke from hibernation.';
    for (const find of [read, readTimeml]) {
      expect(find(text)).toEqual([['ten years ago this month', 'DATE', '2004-03']]);
    }
  });

  it('reads "50 years ago this week" as the same week fifty years back', () => {
    expect(read('The bridge opened 50 years ago this week.')).toEqual([
      ['50 years ago this week', 'DATE', '1964-W13'],
    ]);
  });

  it('reads "a year ago last month" as the month before publication, a year back', () => {
    expect(readTimeml('The plant closed a year ago last month.')).toEqual([
      ['a year ago last month', 'DATE', '2013-02'],
    ]);
  });

  it('leaves "two weeks ago this month" two expressions: no anniversary in weeks', () => {
    expect(read('He left two weeks ago this month.').map(([words]) => words)).toEqual([
      'two weeks ago',
      'this month',
    ]);
  });

  it('leaves "ten years ago, this month" with a comma between them two expressions', () => {
    expect(read('It failed ten years ago, this month it flies.').map(([words]) => words)).toEqual([
      'ten years ago',
      'this month',
    ]);
  });

  // Published on 2019-06-12.
  it.each([
    [
      'Retail sales rose 4.2 percent from a year ago last month, the bureau said.',
      'a year ago',
      '2018',
    ],
    ['Home prices were up 6 percent compared with a year ago last month.', 'a year ago', '2018'],
    ['Exports fell 2 percent from two years ago last month.', 'two years ago', '2017'],
  ])(
    'reads the year-on-year base in %j apart from the month of the figure, in both readings',
    (text, base, year) => {
      const at = { published: '2019-06-12', locale: 'en-US' } as const;
      for (const find of [findMentions, findTimemlMentions]) {
        expect(find(text, at).map((m) => [m.text, m.value])).toEqual([
          [base, year],
          ['last month', '2019-05'],
        ]);
      }
    },
  );

  it('still reads "hit 3 percent a year ago last month" with no comparison before it as one date', () => {
    expect(read('Inflation hit 3 percent a year ago last month.')).toEqual([
      ['a year ago last month', 'DATE', '2013-02'],
    ]);
  });

  it('leaves "Some 40 years ago this month" to the count, its words and mod APPROX, in TimeML mode', () => {
    const text = 'Some 40 years ago this month, the band played its first gig.';
    const m = findTimemlMentions(text, { published: '2019-06-12', locale: 'en-US' })[0];
    expect([m?.text, m?.value, m?.mod]).toEqual(['Some 40 years ago', '1979', 'APPROX']);
  });

  it('leaves "more than 20 years ago this month" to the count with its bound, in TimeML mode', () => {
    const text = 'The reactor was shut down more than 20 years ago this month.';
    const found = findTimemlMentions(text, { published: '2019-06-12', locale: 'en-US' });
    expect(found.map((m) => m.text)).toEqual(['more than 20 years ago', 'this month']);
  });

  it.each([
    ['The war began a century ago this month.', 'a century ago this month', 100, 'month'],
    ['The wall went up half a century ago this week.', 'half a century ago this week', 50, 'week'],
    [
      'The treaty was signed two centuries ago this month.',
      'two centuries ago this month',
      200,
      'month',
    ],
    ['The mill shut two decades ago this month.', 'two decades ago this month', 20, 'month'],
  ])(
    'reads %j, said on 27 March 2014, as one anniversary in both readings',
    (text, words, years, period) => {
      const year = Number(MARCH_27.published.slice(0, 4)) - years;
      const value = period === 'month' ? `${year}-03` : `${year}-W13`;
      for (const find of [read, readTimeml]) {
        expect(find(text)).toEqual([[words, 'DATE', value]]);
      }
    },
  );
});
