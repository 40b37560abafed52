import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFrontedDayFollowedFixture } from './isFrontedDayFollowedFixture.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
// The value of the first mention that holds the weekday, in both readings.
const weekdayRead = (text: string, published: string, weekday: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, on(published)).find((m) => m.text.includes(weekday))?.value,
  );
const read = (weekday: string, published: string, tense: 'past' | 'future') =>
  weekdayByTense(weekdayNumber(weekday), published, tense);

describe('a fronted weekday of a schedule whose next event follows', () => {
  it.each([
    [
      "On Tuesday the men's downhill is finally run, and the super-G follows on Thursday.",
      '1998-02-13',
      'Tuesday',
    ],
    [
      'On Wednesday the two-man bobsled is completed, and the four-man event follows on Friday.',
      '1998-02-16',
      'Wednesday',
    ],
    [
      'On Saturday the semifinals are played in San Antonio, and the championship game follows on Monday.',
      '1998-03-26',
      'Saturday',
    ],
    [
      'Next week in Nagano: on Monday the giant slalom is run, and the slalom follows on Thursday.',
      '1998-02-13',
      'Monday',
    ],
  ])('reads "%s", said on %s, as the coming %s', (text, published, weekday) => {
    const coming = read(weekday, published, 'future');
    expect(weekdayRead(text, published, weekday)).toEqual([coming, coming]);
  });

  it.each([
    [
      "On Tuesday the men's downhill was finally run, and the super-G followed on Wednesday.",
      '1998-02-13',
      'Tuesday',
    ],
    [
      'On Tuesday the downhill was run, and the super-G follows on Thursday.',
      '1998-02-13',
      'Tuesday',
    ],
    [
      'A look back at the week in Nagano: on Monday the downhill is postponed again, and the combined follows on Wednesday.',
      '1998-02-13',
      'Monday',
    ],
    [
      'On Monday the President denied the allegations, and on Tuesday the First Lady followed on the Today show.',
      '1998-01-30',
      'Monday',
    ],
  ])('reads "%s", said on %s, as the %s gone by', (text, published, weekday) => {
    const gone = read(weekday, published, 'past');
    expect(weekdayRead(text, published, weekday)).toEqual([gone, gone]);
  });

  it('reads "On Tuesday the men\'s downhill is finally run, and the super-G follows on Thursday", said on Friday 13 February 1998, as the coming Thursday', () => {
    const text =
      "On Tuesday the men's downhill is finally run, and the super-G follows on Thursday.";
    const coming = read('Thursday', '1998-02-13', 'future');
    expect(weekdayRead(text, '1998-02-13', 'Thursday')).toEqual([coming, coming]);
  });

  it.each([
    [
      'On Sunday the Broncos beat the Packers, and a victory parade follows on Tuesday.',
      '1998-01-26',
      'Sunday',
    ],
    [
      'On Monday the Bundesbank cut its key rate, and the Bank of France follows on Thursday.',
      '1998-04-08',
      'Monday',
    ],
  ])(
    'leaves "%s", said on %s, a result told with a verb whose past is its present, on the %s gone by',
    (text, published, weekday) => {
      const gone = read(weekday, published, 'past');
      expect(weekdayRead(text, published, weekday)).toEqual([gone, gone]);
    },
  );

  it('takes no date that is not a weekday alone', () => {
    const after = ' the downhill is run, and the super-G follows on Thursday.';
    expect(isFrontedDayFollowedFixture('On ', 'Tuesday', after)).toBe(true);
    expect(isFrontedDayFollowedFixture('On ', 'Feb. 10', after)).toBe(false);
  });
});
