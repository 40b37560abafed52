import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isDeedAheadInQuarter } from './isDeedAheadInQuarter.ts';

const NOV_2 = { published: '1989-11-02', locale: 'en-US' } as const;
const quarterIn = (text: string) => {
  const news = findMentions(text, NOV_2).find((m) => /quarter/i.test(m.text));
  const timeml = findTimemlMentions(text, NOV_2).find((m) => /quarter/i.test(m.text));
  return [news?.value, timeml?.value];
};

describe('a quarter in which a deed told ahead is to be done', () => {
  it('reads "The new plant will begin production in the third quarter", said in November 1989, as next year\'s third quarter', () => {
    expect(quarterIn('The new plant will begin production in the third quarter.')).toEqual([
      '1990-Q3',
      '1990-Q3',
    ]);
  });

  it('reads "The company expects to complete the sale by the third quarter" and a passive "to be completed in" alike', () => {
    expect(quarterIn('The company expects to complete the sale by the third quarter.')).toEqual([
      '1990-Q3',
      '1990-Q3',
    ]);
    expect(quarterIn('The acquisition is expected to be completed in the third quarter.')).toEqual([
      '1990-Q3',
      '1990-Q3',
    ]);
  });

  it('leaves "The company said it will take a charge in the third quarter" to the quarter just ended, whose results are still to come', () => {
    expect(quarterIn('The company said it will take a charge in the third quarter.')).toEqual([
      '1989-Q3',
      '1989-Q3',
    ]);
  });

  it('leaves "The company will begin reporting results in the third quarter" to the quarter just ended, its object being results', () => {
    expect(quarterIn('The company will begin reporting results in the third quarter.')).toEqual([
      '1989-Q3',
      '1989-Q3',
    ]);
  });

  it('leaves "The company began production in the third quarter", told in the past, to the quarter gone by', () => {
    expect(quarterIn('The company began production in the third quarter.')).toEqual([
      '1989-Q3',
      '1989-Q3',
    ]);
  });

  it('leaves "In June, the company said it would launch the product in the third quarter" to the quarter just ended, the saying being dated months back', () => {
    expect(
      quarterIn('In June, the company said it would launch the product in the third quarter.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
    expect(
      quarterIn('The company said in July that it would complete the sale by the third quarter.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('leaves "Last spring, the board voted to build a plant in the third quarter" and "Earlier this year, Apple said it expected to begin shipping in the third quarter" to the quarter just ended', () => {
    expect(
      quarterIn('Last spring, the board voted to build a new plant in the third quarter.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
    expect(
      quarterIn(
        'Earlier this year, Apple said it expected to begin shipping the machine in the third quarter.',
      ),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('leaves "Last year the company said it would open the plant in the third quarter" and "Months ago, …" to the quarter just ended', () => {
    expect(
      quarterIn('Last year the company said it would open the plant in the third quarter.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
    expect(
      quarterIn('Months ago, the company said it would open the plant in the third quarter.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('leaves "The company had said it would launch the product in the third quarter", a pluperfect saying, to the quarter just ended', () => {
    expect(
      quarterIn('The company had said it would launch the product in the third quarter.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('leaves "The plant would begin production in the third quarter, the company said in June", a saying dated after the deed, to the quarter just ended', () => {
    expect(
      quarterIn('The plant would begin production in the third quarter, the company said in June.'),
    ).toEqual(['1989-Q3', '1989-Q3']);
    expect(
      quarterIn(
        '"We will launch the drug in the third quarter," the chairman told analysts in September.',
      ),
    ).toEqual(['1989-Q3', '1989-Q3']);
    expect(
      quarterIn(
        'Shearson will complete the merger during the third quarter, according to a filing made in the summer.',
      ),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('still reads "The company will begin deliveries in the third quarter, with full output in October, it said Tuesday" as next year\'s, the month after the deed being no saying\'s', () => {
    expect(
      quarterIn(
        'The company will begin deliveries in the third quarter, with full output in October, it said Tuesday.',
      ),
    ).toEqual(['1990-Q3', '1990-Q3']);
  });

  it('leaves "The plant was scheduled to open in the third quarter" and "The sale was expected to be completed in the third quarter", plans told in the past, to the quarter just ended', () => {
    expect(
      quarterIn(
        'The plant was scheduled to open in the third quarter but was delayed by a strike.',
      ),
    ).toEqual(['1989-Q3', '1989-Q3']);
    expect(
      quarterIn(
        'The sale was expected to be completed in the third quarter, but the deal fell through last month.',
      ),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('leaves "In June, Apple unveiled the machine. It said it would begin shipping it in the third quarter", a "would" dated by the sentence before, to the quarter just ended', () => {
    expect(
      quarterIn(
        'In June, Apple unveiled the machine. It said it would begin shipping it in the third quarter.',
      ),
    ).toEqual(['1989-Q3', '1989-Q3']);
  });

  it('still reads "In June, Apple unveiled the machine. It will begin shipping it in the third quarter", a "will" the sentence before does not date, as next year\'s', () => {
    expect(
      quarterIn(
        'In June, Apple unveiled the machine. It will begin shipping it in the third quarter.',
      ),
    ).toEqual(['1990-Q3', '1990-Q3']);
  });

  it('still reads "Boeing said yesterday it will begin deliveries in the third quarter", a saying of days ago, as next year\'s', () => {
    expect(
      quarterIn('Boeing said yesterday it will begin deliveries of the jet in the third quarter.'),
    ).toEqual(['1990-Q3', '1990-Q3']);
  });

  it('still reads "Analysts say the plant, which may cost $2 billion, will begin production in the third quarter", the modal "may" being no month, as next year\'s', () => {
    expect(
      quarterIn(
        'Analysts say the plant, which may cost $2 billion, will begin production in the third quarter.',
      ),
    ).toEqual(['1990-Q3', '1990-Q3']);
  });

  it('leaves "The company wanted to begin production in the third quarter", a plan told in the past, to the quarter just ended', () => {
    expect(quarterIn('The company wanted to begin production in the third quarter.')).toEqual([
      '1989-Q3',
      '1989-Q3',
    ]);
  });

  it('gives the offset of the quarter in its doc example', () => {
    expect(isDeedAheadInQuarter('The plant will begin production in the third quarter.', 35)).toBe(
      true,
    );
  });
});
