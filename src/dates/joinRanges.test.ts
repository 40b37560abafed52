import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const; // a Friday

function tags(text: string): Array<[string, string, string]> {
  return findTimemlMentions(text, JAN_2000).map((m) => [m.text, m.type, m.value]);
}

describe('joinTimesToDays, as TimeML mode uses it', () => {
  it('puts a 24-hour time with its zone on the weekday named after it', () => {
    expect(tags('The rocket lifted off at 0530 GMT Thursday.')).toEqual([
      ['0530 GMT Thursday', 'TIME', '2000-01-06T05:30'],
    ]);
  });

  it('leaves a clock time and a day apart when words come between them, the time on that day', () => {
    expect(tags('The vote began at 7 a.m. (1200 GMT) on Tuesday.')).toEqual([
      ['7 a.m.', 'TIME', '2000-01-04T07:00'],
      // The zone time restates the clock before it, on that clock's Tuesday.
      ['1200 GMT', 'TIME', '2000-01-04T12:00'],
      ['Tuesday', 'DATE', '2000-01-04'],
    ]);
  });

  it('leaves a day with its part and the day after it apart (Sunday night Monday)', () => {
    expect(tags('Fighting raged Sunday night Monday.').map(([text]) => text)).not.toContain(
      'Sunday night Monday',
    );
  });

  it('puts a clock time on the neighbouring day right after it ("at 5 a.m. the next day"): TimeML tags them apart, the news reading as one', () => {
    const text =
      'The climbers reached the hut on Monday and began the descent at 5 a.m. the next day. Rescuers arrived at 7 a.m. the following day.';
    expect(tags(text)).toEqual([
      ['Monday', 'DATE', '2000-01-03'],
      ['5 a.m.', 'TIME', '2000-01-04T05:00'],
      ['the next day', 'DATE', '2000-01-04'],
      ['7 a.m.', 'TIME', '2000-01-05T07:00'],
      ['the following day', 'DATE', '2000-01-05'],
    ]);
    expect(findMentions(text, JAN_2000).map((m) => [m.text, m.value])).toEqual([
      ['on Monday', '2000-01-03'],
      ['at 5 a.m. the next day', '2000-01-04T05:00'],
      ['at 7 a.m. the following day', '2000-01-05T07:00'],
    ]);
  });

  it('leaves a clock time apart from a neighbouring day that words come before ("at 9 p.m., and the next day")', () => {
    const text = 'The hut was reached on Monday at 9 p.m., and the next day the descent began.';
    expect(tags(text).map(([words]) => words)).toContain('the next day');
    // Nor a neighbouring day that opens the next sentence.
    const next = 'He was arrested on Monday at 11 p.m. The next day, he was charged.';
    expect(findMentions(next, JAN_2000).map((m) => [m.text, m.value])).toEqual([
      ['on Monday at 11 p.m', '2000-01-03T23:00'],
      ['The next day', '2000-01-04'],
    ]);
  });
});

describe('two dates of an adjournment', () => {
  it('reads "adjourned on 3 May to 7 June 2011" as two dates, the new one replacing the first, not one stretch', () => {
    expect(
      findMentions('The hearing was adjourned on 3 May to 7 June 2011.', {
        published: '2026-05-12',
        locale: 'en-GB',
      }).map((m) => [m.text, m.value]),
    ).toEqual([
      ['on 3 May', '2011-05-03'],
      ['7 June 2011', '2011-06-07'],
    ]);
  });
});

describe('a week of weekly figures, told by the day that closes it', () => {
  const APRIL = { published: '2025-04-17', locale: 'en-US' } as const;
  const news = (text: string) => findMentions(text, APRIL).map((m) => `${m.text} = ${m.value}`);

  it('reads "the week ended April 12" as that week, as "the week ending April 12" is', () => {
    expect(news('Jobless claims rose by 9,000 to 224,000 in the week ended April 12.')).toEqual([
      'the week ended April 12 = 2025-W15',
    ]);
    expect(news('Claims rose in the week ending April 12.')).toEqual([
      'the week ending April 12 = 2025-W15',
    ]);
  });

  it('reads "the week to April 11" and "the week that ended Saturday" alike', () => {
    expect(news('Crude stocks rose 3.5 million barrels in the week to April 11.')).toEqual([
      'the week to April 11 = 2025-W15',
    ]);
    expect(news('Claims fell in the week that ended Saturday.')).toEqual([
      'the week that ended Saturday = 2025-W15',
    ]);
  });

  it('does not widen a month after "the week to", nor a day after another noun', () => {
    expect(news("He devoted the week to April's budget.")).toEqual(['April = 2025-04']);
    expect(news('Claims rose in the month ended April 12.')).toContain('April 12 = 2025-04-12');
  });
});

describe('a stretch between two years spelt out', () => {
  it('reads "between nineteen seventy five and nineteen seventy nine", said on 15 April 1998, as 1975/1979, where it was 1975/1977', () => {
    const at = { published: '1998-04-15', locale: 'en-US' } as const;
    expect(
      findMentions(
        'his regime killed as many as two million people between nineteen seventy five and nineteen seventy nine.',
        at,
      ).map((m) => m.value),
    ).toEqual(['1975/1979']);
  });

  it('still moves a month with no year after the start: "the season runs from March to January" is 1999-03/2000-01', () => {
    const at = { published: '1998-04-15', locale: 'en-US' } as const;
    expect(findMentions('the season runs from March to January.', at).map((m) => m.value)).toEqual([
      '1999-03/2000-01',
    ]);
  });
});

describe('a bare hour in words with its zone after "at about", and its day (review)', () => {
  it('reads "the vote is expected at about eleven Eastern tomorrow night", said on 22 January 1998, as 1998-01-23T23:00 in the news reading', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(
      findMentions('the vote is expected at about eleven Eastern tomorrow night.', at).map(
        (m) => m.value,
      ),
    ).toEqual(['1998-01-23T23:00']);
  });

  it('keeps "about eleven" and "tomorrow" apart where no zone makes the words a clock: "about eleven tomorrow"', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(findMentions('they expect about eleven tomorrow.', at).map((m) => m.value)).toEqual([
      '1998-01-23',
    ]);
  });
});

describe('"around" and an hour in words before "last night"', () => {
  const FEB_4 = { published: '1998-02-04', locale: 'en-US' } as const;
  const both = (text: string) => [
    findMentions(text, FEB_4).map((m) => [m.text, m.value]),
    findTimemlMentions(text, FEB_4).map((m) => [m.text, m.value]),
  ];

  it('reads "the governor\'s office said around ten last night that there would be no stay", said on 4 February 1998, as 1998-02-03T22:00 in both readings', () => {
    const read = [['around ten last night', '1998-02-03T22:00']];
    expect(
      both("the governor's office said around ten last night that there would be no stay."),
    ).toEqual([read, read]);
  });

  it('reads "the rain started around eleven last night" and "the storm hit around ten on Saturday night" on the night they name', () => {
    expect(both('the rain started around eleven last night.')[0]).toEqual([
      ['around eleven last night', '1998-02-03T23:00'],
    ]);
    expect(both('the storm hit around ten on Saturday night.')[0]).toEqual([
      ['around ten on Saturday night', '1998-01-31T22:00'],
    ]);
  });

  it('reads no clock in "police detained around ten last night after the game", a count', () => {
    expect(both('police detained around ten last night after the game.')[0]).toEqual([
      ['last night', '1998-02-03'],
    ]);
  });
});

describe('two weekdays joined by "until" with no "from"', () => {
  const read = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
  const day = (published: string, days: number) =>
    new Date(Date.parse(published) + days * 86_400_000).toISOString().slice(0, 10);

  it('reads "The stores were closed Friday until Monday", said on Wednesday 10 January 1996, as one stretch of the days gone by', () => {
    const published = '1996-01-10';
    expect(read('The stores were closed Friday until Monday.', published)).toEqual([
      ['Friday until Monday', `${day(published, -5)}/${day(published, -2)}`],
    ]);
  });

  it('reads "Stores will be closed Friday till Monday", said on Wednesday 10 January 1996, as one stretch ahead', () => {
    const published = '1996-01-10';
    expect(read('Stores will be closed Friday till Monday.', published)).toEqual([
      ['Friday till Monday', `${day(published, 2)}/${day(published, 5)}`],
    ]);
  });

  it('leaves the two days of a thing moved: "The vote was postponed Friday until Monday"', () => {
    expect(
      read('The vote was postponed Friday until Monday.', '1996-01-10').map((m) => m[0]),
    ).toEqual(['Friday', 'Monday']);
  });

  it('leaves a weekday and a clock on a later day apart: "closed Friday until 6 a.m. Monday"', () => {
    expect(
      read('Crews closed the road Friday until 6 a.m. Monday.', '1996-01-17').map((m) => m[0]),
    ).toEqual(['Friday', '6 a.m. Monday']);
  });

  it('leaves the days of "The city council put off the vote Friday until Monday" and "The judge continued the case Friday until Monday" apart: a thing moved', () => {
    for (const text of [
      'The city council put off the vote Friday until Monday.',
      'The judge continued the case Friday until Monday.',
    ])
      expect(read(text, '1999-10-13').map((m) => m[0])).toEqual(['Friday', 'Monday']);
  });
});
