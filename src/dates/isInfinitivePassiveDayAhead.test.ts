import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isInfinitivePassiveDayAhead } from './isInfinitivePassiveDayAhead.ts';

// Monday 16 October 1989.
const OCTOBER_16_1989 = '1989-10-16';
const weekdays = (text: string, published: string = OCTOBER_16_1989) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => /day$/i.test(m.text))
      .map((m) => m.value),
  );

describe('a weekday told by an infinitive passive set off as an aside', () => {
  it('reads "Compaq\'s earnings, to be reported Wednesday, are expected to show a sharp gain", said on Monday 16 October 1989, as the coming Wednesday, 1989-10-18', () => {
    expect(
      weekdays("Compaq's earnings, to be reported Wednesday, are expected to show a sharp gain."),
    ).toEqual([['1989-10-18'], ['1989-10-18']]);
  });

  it('reads "Car makers\' sales for the Oct. 21-31 period, to be reported Friday, are expected to fall", said on Monday 6 November 1989, as 1989-11-10', () => {
    expect(
      weekdays(
        "Car makers' sales for the Oct. 21-31 period, to be reported Friday, are expected to fall sharply.",
        '1989-11-06',
      ),
    ).toEqual([['1989-11-10'], ['1989-11-10']]);
  });

  it('reads "Its results, due to be released on Thursday, will show a loss", said on Monday 16 October 1989, as 1989-10-19', () => {
    expect(weekdays('Its results, due to be released on Thursday, will show a loss.')).toEqual([
      ['1989-10-19'],
      ['1989-10-19'],
    ]);
  });

  it('keeps "Earnings, which were to be reported Wednesday, were delayed", said on Monday 16 October 1989, a plan gone by, 1989-10-11', () => {
    expect(weekdays('Earnings, which were to be reported Wednesday, were delayed.')).toEqual([
      ['1989-10-11'],
      ['1989-10-11'],
    ]);
  });

  it('leaves an infinitive with no comma before it to its sentence: "The company asked for the figures to be reported Wednesday"', () => {
    const text = 'The company asked for the figures to be reported Wednesday.';
    expect(text.slice(49, 58)).toBe('Wednesday');
    expect(isInfinitivePassiveDayAhead(text, 49, 58)).toBe(false);
  });

  it('finds the aside in "Earnings, to be reported Wednesday, are expected to rise."', () => {
    const text = 'Earnings, to be reported Wednesday, are expected to rise.';
    expect(isInfinitivePassiveDayAhead(text, 25, 34)).toBe(true);
  });

  it('keeps "The results, to be reported Tuesday, were delayed by a computer failure", said on Wednesday 18 October 1989, a day gone by, 1989-10-17', () => {
    expect(
      weekdays(
        'The results, to be reported Tuesday, were delayed by a computer failure.',
        '1989-10-18',
      ),
    ).toEqual([['1989-10-17'], ['1989-10-17']]);
  });

  it('keeps "Last week, the company said its results, to be reported Monday, would show a loss", said on Wednesday 18 October 1989, as 1989-10-16', () => {
    expect(
      weekdays(
        'Last week, the company said its results, to be reported Monday, would show a loss.',
        '1989-10-18',
      ),
    ).toEqual([['1989-10-16'], ['1989-10-16']]);
  });
});
