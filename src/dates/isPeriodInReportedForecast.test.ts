import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPeriodInReportedForecast } from './isPeriodInReportedForecast.ts';

// The value both readings give the first mention of `phrase` in a sentence said on `on`.
const readBoth = (text: string, on: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text.includes(phrase))?.value,
  );
// The part `part` of the year `shift` years after the year of `on`, twice: "1990-H2".
const partOf = (on: string, part: string, shift: number) => {
  const value = `${Number(on.slice(0, 4)) + shift}-${part}`;
  return [value, value];
};

describe('isPeriodInReportedForecast', () => {
  it('finds a quarter or half adjective after a saying, its noun then a modal', () => {
    expect(
      isPeriodInReportedForecast('The company said ', 'second-half', ' earnings would fall.'),
    ).toBe(true);
    expect(
      isPeriodInReportedForecast('It said that its ', 'third-quarter', ' sales will rise.'),
    ).toBe(true);
  });

  it('leaves a past clause, a day, and no saying before', () => {
    expect(
      isPeriodInReportedForecast('The company said ', 'third-quarter', ' sales were strong.'),
    ).toBe(false);
    expect(
      isPeriodInReportedForecast('The company said ', 'Friday', ' its sales would rise.'),
    ).toBe(false);
    expect(
      isPeriodInReportedForecast('The company posted ', 'second-half', ' sales that would'),
    ).toBe(false);
    expect(
      isPeriodInReportedForecast(
        'The company said ',
        'third-quarter',
        ' profit would have doubled',
      ),
    ).toBe(false);
  });
});

describe('a quarter or half forecast in a clause reported after a saying', () => {
  it('reads "The company said second-half earnings would be lower than a year ago", said on 25 June 1990, as 1990-H2 (was 1989-H2)', () => {
    const on = '1990-06-25';
    const text = 'The company said second-half earnings would be lower than a year ago.';
    expect(readBoth(text, on, 'second-half')).toEqual(partOf(on, 'H2', 0));
  });

  it('reads "The company said third-quarter earnings would be lower", said on 25 June 1990, as 1990-Q3 (was 1989-Q3)', () => {
    const on = '1990-06-25';
    const text = 'The company said third-quarter earnings would be lower.';
    expect(readBoth(text, on, 'third-quarter')).toEqual(partOf(on, 'Q3', 0));
  });

  it('reads "The chairman said first-half results would be weak", said on 5 February 1990, as 1990-H1 (was 1989-H1)', () => {
    const on = '1990-02-05';
    const text = 'The chairman said first-half results would be weak.';
    expect(readBoth(text, on, 'first-half')).toEqual(partOf(on, 'H1', 0));
  });

  it('keeps "The company said third-quarter earnings would be restated", said on 14 November 1990, the quarter just ended', () => {
    const on = '1990-11-14';
    const text = 'The company said third-quarter earnings would be restated.';
    expect(readBoth(text, on, 'third-quarter')).toEqual(partOf(on, 'Q3', 0));
  });

  it('keeps "The company said third-quarter profit would have doubled without the strike", said on 12 February 1990, the third quarter gone by (was 1990-Q3)', () => {
    const on = '1990-02-12';
    const text = 'The company said third-quarter profit would have doubled without the strike.';
    expect(readBoth(text, on, 'third-quarter')).toEqual(partOf(on, 'Q3', -1));
  });

  it('keeps "The company said first-quarter earnings would have risen 5% without the charge", said on 20 July 1990, this year\'s first quarter (was 1991-Q1)', () => {
    const on = '1990-07-20';
    const text = 'The company said first-quarter earnings would have risen 5% without the charge.';
    expect(readBoth(text, on, 'first-quarter')).toEqual(partOf(on, 'Q1', 0));
  });

  it('keeps "The company said third-quarter sales were strong", said on 25 June 1990, the third quarter gone by', () => {
    const on = '1990-06-25';
    const text = 'The company said third-quarter sales were strong.';
    expect(readBoth(text, on, 'third-quarter')).toEqual(partOf(on, 'Q3', -1));
  });

  it('reads "The company said second-half earnings per share would be lower than a year ago", said on 25 June 1990, as the coming second half (was 1989-H2)', () => {
    const on = '1990-06-25';
    const text = 'The company said second-half earnings per share would be lower than a year ago.';
    expect(readBoth(text, on, 'second-half')).toEqual(partOf(on, 'H2', 0));
  });

  it('reads "The company said fourth-quarter sales of its new computer would increase sharply", said on 9 July 1990, as the coming fourth quarter (was 1989-Q4)', () => {
    const on = '1990-07-09';
    const text =
      'The company said fourth-quarter sales of its new computer would increase sharply.';
    expect(readBoth(text, on, 'fourth-quarter')).toEqual(partOf(on, 'Q4', 0));
  });

  it('keeps "The company said second-half earnings per share were lower than a year earlier", said on 25 June 1990, the second half gone by', () => {
    const on = '1990-06-25';
    const text = 'The company said second-half earnings per share were lower than a year earlier.';
    expect(readBoth(text, on, 'second-half')).toEqual(partOf(on, 'H2', -1));
  });

  it('keeps "The company said second-half sales of chips rose and prices would fall", said on 25 June 1990, the second half gone by', () => {
    const on = '1990-06-25';
    const text = 'The company said second-half sales of chips rose and prices would fall.';
    expect(readBoth(text, on, 'second-half')).toEqual(partOf(on, 'H2', -1));
  });
});
