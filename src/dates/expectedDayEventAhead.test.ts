import { describe, expect, it } from 'vitest';
import { expectedDayEventAhead } from './expectedDayEventAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('a weekday’s auction or report that is expected to do something', () => {
  it('still reads "Friday\'s disappointing report on producer prices will make the Fed cautious", said on Monday 16 October 1989, as 1989-10-13 (review)', () => {
    expect(
      both(
        "Friday's disappointing report on producer prices will make the Fed cautious, analysts said.",
        '1989-10-16',
      ),
    ).toEqual([['Friday=1989-10-13'], ['Friday=1989-10-13']]);
  });
  it('reads "Tuesday\'s auction of three-month bills is expected to draw strong demand", said on Monday 30 October 1989, as 1989-10-31', () => {
    expect(
      both(
        "Tuesday's auction of three-month bills is expected to draw strong demand.",
        '1989-10-30',
      ),
    ).toEqual([
      ['Tuesday=1989-10-31', 'three-month=P3M'],
      ['Tuesday=1989-10-31', 'three-month=P3M'],
    ]);
  });

  it('reads "Wednesday\'s report on October durable-goods orders is expected to show a decline", said on Monday 20 November 1989, as 1989-11-22', () => {
    expect(
      both(
        "Wednesday's report on October durable-goods orders is expected to show a decline.",
        '1989-11-20',
      ),
    ).toEqual([
      ['Wednesday=1989-11-22', 'October=1989-10'],
      ['Wednesday=1989-11-22', 'October=1989-10'],
    ]);
  });

  it('still reads "Tuesday\'s auction of three-month bills drew strong demand", said on Thursday 2 November 1989, as 1989-10-31', () => {
    expect(
      both("Tuesday's auction of three-month bills drew strong demand.", '1989-11-02'),
    ).toEqual([
      ['Tuesday=1989-10-31', 'three-month=P3M'],
      ['Tuesday=1989-10-31', 'three-month=P3M'],
    ]);
  });

  it('does not take "Monday\'s selloff in bonds is expected to continue" for an event ahead', () => {
    expect(expectedDayEventAhead("'s selloff in bonds is expected to continue.")).toBe(false);
  });

  it('does not take an event with a clause between for one ahead', () => {
    expect(
      expectedDayEventAhead("'s report, which showed a decline, is expected to be revised."),
    ).toBe(false);
  });

  it('reads "Friday\'s jobs report could be weaker than expected", said on Wednesday 10 January 1990, as 1990-01-12', () => {
    expect(
      both("Friday's jobs report could be weaker than expected, economists said.", '1990-01-10'),
    ).toEqual([['Friday=1990-01-12'], ['Friday=1990-01-12']]);
  });

  it('still reads "Friday\'s jobs report could prompt the Fed to act", said on Wednesday 10 January 1990, as 1990-01-05', () => {
    expect(both("Friday's jobs report could prompt the Fed to act.", '1990-01-10')).toEqual([
      ['Friday=1990-01-05'],
      ['Friday=1990-01-05'],
    ]);
  });

  it('still reads "Friday\'s jobs report was weaker than expected", said on Wednesday 10 January 1990, as 1990-01-05', () => {
    expect(both("Friday's jobs report was weaker than expected.", '1990-01-10')).toEqual([
      ['Friday=1990-01-05'],
      ['Friday=1990-01-05'],
    ]);
  });
});
