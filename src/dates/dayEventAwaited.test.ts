import { nextDay, previousDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { dayEventAwaited } from './dayEventAwaited.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday, Aug. 6, 2025: the Friday ahead is nearer than the one gone by, the Monday gone by
// nearer than the one ahead.
const WEDNESDAY = '2025-08-06';
const MONDAY = 1;
const FRIDAY = 5;

/** The values read over the day's word in the news reading and in TimeML mode. */
const valuesOf = (day: RegExp, text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => day.test(m.text))
      .map((m) => m.value),
  );

describe('the event a day owns, awaited or gone by', () => {
  it('reads "ahead of Friday\'s jobs report" as awaited, "will study Monday\'s attack" not', () => {
    expect(dayEventAwaited('Stocks rose ahead of ', "'s jobs report.", FRIDAY, WEDNESDAY)).toBe(
      true,
    );
    expect(dayEventAwaited('They will study ', "'s attack.", MONDAY, WEDNESDAY)).toBe(false);
  });

  it('reads an expected event as awaited only when its weekday ahead is the nearer', () => {
    expect(
      dayEventAwaited('We expect ', "'s meeting to give some impetus.", FRIDAY, WEDNESDAY),
    ).toBe(true);
    expect(dayEventAwaited('Analysts expect ', "'s selloff to continue.", MONDAY, WEDNESDAY)).toBe(
      false,
    );
  });

  it('reads "With three days left before Sunday\'s parliamentary elections", said on Thursday 16 December 1999, as 1999-12-19', () => {
    expect(
      valuesOf(
        /Sunday/,
        "With three days left before Sunday's parliamentary elections, Putin's popularity showed no sign of fading.",
        '1999-12-16',
      ),
    ).toEqual([['1999-12-19'], ['1999-12-19']]);
  });

  it("reads time left before a day's event as awaited, but not a span of time before it", () => {
    expect(dayEventAwaited('two weeks remaining until ', "'s final.", FRIDAY, WEDNESDAY)).toBe(
      true,
    );
    expect(dayEventAwaited('hours to go before ', "'s deadline.", MONDAY, WEDNESDAY)).toBe(true);
    expect(dayEventAwaited('Polls closed three days before ', "'s count.", MONDAY, WEDNESDAY)).toBe(
      false,
    );
  });

  it('reads "With four days left before Saturday\'s election, Chen had surged", said on Monday 20 March 2000, as the Saturday gone by (review)', () => {
    // A past perfect after the day tells the time left of a story gone by.
    expect(
      dayEventAwaited(
        'With four days left before ',
        "'s election, Chen had surged in the polls.",
        6,
        '2000-03-20',
      ),
    ).toBe(false);
    expect(
      dayEventAwaited(
        'The poll, taken with a week to go before ',
        "'s vote, had shown the bloc at 9 percent.",
        0,
        '1999-12-21',
      ),
    ).toBe(false);
    expect(
      dayEventAwaited(
        'With four days left before ',
        "'s election, the race remains close.",
        6,
        '2000-03-14',
      ),
    ).toBe(true);
  });

  it('reads "Friday\'s weak jobs report will weigh on stocks this week", said on Monday 12 March 1990, as 1990-03-09', () => {
    expect(
      valuesOf(
        /Friday/,
        "Friday's weak jobs report will weigh on stocks this week, analysts said.",
        '1990-03-12',
      ),
    ).toEqual([['1990-03-09'], ['1990-03-09']]);
  });

  it('reads "Friday\'s better-than-expected jobs data will lift confidence", said on Monday 11 May 2009, as 2009-05-08', () => {
    expect(
      dayEventAwaited(
        '',
        "'s better-than-expected jobs data will lift confidence.",
        FRIDAY,
        '2009-05-11',
      ),
    ).toBe(false);
  });

  it('still reads "Friday\'s jobs report will show whether hiring slowed", said on Monday 12 March 1990, as 1990-03-16', () => {
    expect(
      valuesOf(
        /Friday/,
        "Friday's jobs report will show whether hiring slowed in February.",
        '1990-03-12',
      ),
    ).toEqual([['1990-03-16'], ['1990-03-16']]);
  });
});

describe('a word of outcome only before an event that turns out', () => {
  it('reads "Saturday\'s steep mountain stage will decide the Tour", said on Thursday 16 July 1998, as 1998-07-18', () => {
    expect(
      valuesOf(
        /Saturday/,
        "Saturday's steep mountain stage will decide the Tour de France, riders said.",
        '1998-07-16',
      ),
    ).toEqual([['1998-07-18'], ['1998-07-18']]);
  });

  it('reads "Sunday\'s strong field" and "Saturday\'s grim anniversary" with a "will" as awaited', () => {
    expect(
      dayEventAwaited('', "'s strong field will include three former champions.", 0, '1998-07-16'),
    ).toBe(true);
    expect(
      dayEventAwaited('', "'s grim anniversary will be marked with a vigil.", 6, '1998-06-11'),
    ).toBe(true);
  });

  it('still reads "Friday\'s stronger-than-expected payrolls" and "Thursday\'s gloomy forecast" with a "will" as gone by', () => {
    expect(
      dayEventAwaited(
        '',
        "'s stronger-than-expected payrolls will keep the Fed on course.",
        FRIDAY,
        '2015-07-06',
      ),
    ).toBe(false);
    expect(dayEventAwaited('', "'s gloomy forecast will worry investors.", 4, '2019-03-11')).toBe(
      false,
    );
  });

  it('still reads "Thursday\'s dismal retail sales figures" and "Friday\'s steep plunge" with a "will" as gone by', () => {
    expect(
      dayEventAwaited(
        '',
        "'s dismal retail sales figures will keep the Fed on hold.",
        4,
        '1990-03-12',
      ),
    ).toBe(false);
    expect(dayEventAwaited('', "'s steep plunge will be tested today.", FRIDAY, '1990-03-12')).toBe(
      false,
    );
    expect(
      dayEventAwaited(
        '',
        "'s poor showing by the Democrats will weigh on the party.",
        3,
        '1998-07-16',
      ),
    ).toBe(false);
  });
});

describe('a word of outcome before its own event only', () => {
  it('reads "Saturday\'s steep stage will show gains for the climbers", said on Thursday 16 July 1998, as awaited: the move after the verb is not the stage\'s', () => {
    expect(
      dayEventAwaited('', "'s steep stage will show gains for the climbers.", 6, '1998-07-16'),
    ).toBe(true);
  });
});

describe('a release expected in the progressive', () => {
  // Monday 16 January 1995: the Friday gone by is three days back.
  const published = '1995-01-16';
  const comingFriday = toCalendarDate(nextDay(toLocalDate(published), FRIDAY));
  const lastFriday = toCalendarDate(previousDay(toLocalDate(published), FRIDAY));

  it('reads "Analysts are expecting Friday\'s jobs report to show slower hiring", said on Monday 16 January 1995, as the coming Friday', () => {
    expect(
      valuesOf(
        /Friday/,
        "Analysts are expecting Friday's jobs report to show slower hiring.",
        published,
      ),
    ).toEqual([[comingFriday], [comingFriday]]);
    expect(
      valuesOf(
        /Friday/,
        "Economists are anticipating Friday's retail sales figures with gloom.",
        published,
      ),
    ).toEqual([[comingFriday], [comingFriday]]);
  });

  it('still reads "were expecting", "had been expecting" and "are expecting Friday\'s selloff to spread" as the Friday gone by', () => {
    for (const text of [
      "Analysts were expecting Friday's jobs report to show slower hiring.",
      "Traders had been expecting Friday's employment report to be stronger.",
      "Analysts are expecting Friday's selloff to spread to Asian markets.",
    ])
      expect(valuesOf(/Friday/, text, published)).toEqual([[lastFriday], [lastFriday]]);
  });
});
