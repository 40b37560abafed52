import { addYears, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isSayingTimeFronted } from './isSayingTimeFronted.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const valueAt = (text: string, phrase: string, published: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-US' }).find((m) => m.text === phrase)?.value,
  );
const yearBefore = (day: string) => format(addYears(parseISO(day), -1), 'yyyy-MM-dd');

describe('isSayingTimeFronted', () => {
  it('finds a time gone by opening the sentence before the saying', () => {
    for (const text of [
      'Last week, the company said it will pay the dividend by Dec. 31.',
      'It rose. In September, the company said it expected to sell it by Oct. 31.',
      'Two weeks ago, the agency said it plans to sell the thrifts by Dec. 15.',
      'On Dec. 20, the company said it will pay the dividend by Dec. 31.',
    ])
      expect(isSayingTimeFronted(text, text.lastIndexOf('by ') + 3)).toBe(true);
  });

  it('leaves a sentence opening with no time, or with one in another sentence', () => {
    for (const text of [
      'The company said it will pay the dividend by Dec. 31.',
      'Last week prices fell. The company said it will pay the dividend by Dec. 31.',
      'Last weekend sales, the company said, will be counted by Dec. 31.',
    ])
      expect(isSayingTimeFronted(text, text.lastIndexOf('by ') + 3)).toBe(false);
  });
});

describe('a deadline told in a saying set before publication', () => {
  const willPay = 'Last week, the company said it will pay the dividend by Dec. 31.';
  it(`reads "${willPay}", said on 4 January 1990, as the deadline gone by since, ${yearBefore('1990-12-31')} (was 1990-12-31)`, () => {
    expect(valueAt(willPay, 'Dec. 31', '1990-01-04')).toEqual([
      yearBefore('1990-12-31'),
      yearBefore('1990-12-31'),
    ]);
  });

  const expected = 'Last month, the company said it expected to complete the sale by Nov. 15.';
  it(`reads "${expected}", said on 20 November 1989, as 1989-11-15 (was ${format(addYears(parseISO('1989-11-15'), 1), 'yyyy-MM-dd')})`, () => {
    expect(valueAt(expected, 'Nov. 15', '1989-11-20')).toEqual(['1989-11-15', '1989-11-15']);
  });

  it('still reads ahead a deadline not yet come, and one with no time before the saying', () => {
    expect(
      valueAt(
        'Last week, the company said it will pay the dividend by June 30.',
        'June 30',
        '1990-01-04',
      )[0],
    ).toBe('1990-06-30');
    expect(
      valueAt('The company said it will pay the dividend by Dec. 31.', 'Dec. 31', '1990-01-04')[0],
    ).toBe('1990-12-31');
  });
});
