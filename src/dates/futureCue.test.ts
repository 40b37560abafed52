import { describe, expect, it } from 'vitest';
import {
  format,
  nextFriday,
  nextMonday,
  nextSunday,
  nextThursday,
  parseISO,
  previousFriday,
  previousMonday,
  previousSunday,
} from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { aheadVerbEnds, FUTURE_CUE } from './futureCue.ts';

/** The future cues found in `text`, lower-cased. */
function cues(text: string): string[] {
  return [...text.matchAll(FUTURE_CUE)].map((m) => m[0].toLowerCase());
}

function values(text: string, published: string): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe('a verb looking ahead right before a date', () => {
  it.each([
    ['The summit opens', 0],
    ['Polls are expected to close', 2],
    ['The Fed will meet', 1],
  ])('reads %j as ending with a verb that looks ahead', (before, words) => {
    expect(aheadVerbEnds(before, words)).toBe(true);
  });

  it('does not read a present verb of schedule after an article, where it is a noun', () => {
    expect(aheadVerbEnds('Investors cheered the opens', 0)).toBe(false);
  });

  it('does not read a future cue followed by more words than allowed', () => {
    expect(aheadVerbEnds('The Fed will meet with bankers', 1)).toBe(false);
  });
});

describe('a forecast word before "to" and a figure', () => {
  it('takes no "forecast to" before a figure for an infinitive looking ahead', () => {
    expect(cues('The bank cut its growth forecast to 1.2 percent.')).toEqual([]);
    expect(cues('It cut its revenue forecast to $4 billion.')).toEqual([]);
  });

  it('still takes "forecast to" and "projected to" before a verb as looking ahead', () => {
    expect(cues('Growth is forecast to reach 1.2 percent.')).toEqual(['is forecast']);
    expect(cues('Output projected to rise 3 percent.')).toEqual(['projected to']);
  });

  it('still takes "tipped to", "projected to" before a figure as looking ahead, a verb left out', () => {
    expect(cues('Brent crude is tipped to $100 a barrel.')).toEqual(['tipped to']);
    expect(cues('Revenue projected to $4 billion.')).toEqual(['projected to']);
  });

  it('reads "Brent crude is tipped to $100 a barrel in February", said in October, as the February to come', () => {
    expect(values('Brent crude is tipped to $100 a barrel in February.', '2025-10-01')).toEqual([
      'February = 2026-02',
    ]);
  });

  it('reads "cut its growth forecast to 1.2 percent in October", said in December, as the October gone by', () => {
    const december = '2026-12-03';
    for (const text of [
      'The bank cut its growth forecast to 1.2 percent in October and said it plans to review it.',
      'The IMF raised its inflation forecast to 3 percent in October.',
      'The agency lowered its revenue forecast to $4 billion in September.',
    ]) {
      expect(values(text, december)[0], text).toMatch(/= 2026-(?:10|09)$/);
    }
  });

  it('still reads "is forecast to reach 1.2 percent in October", said in December, as the October to come', () => {
    expect(values('Growth is forecast to reach 1.2 percent in October.', '2026-12-03')).toEqual([
      'October = 2027-10',
    ]);
  });
});

describe('a bare plural verb of gathering before a date', () => {
  it("reads 'Fed policy makers gather Tuesday' as the coming Tuesday", () => {
    expect(values('Fed policy makers gather Tuesday for a two-day meeting.', '2016-03-14')[0]).toBe(
      'Tuesday = 2016-03-15',
    );
    expect(values('Central bankers assemble in Frankfurt on Thursday.', '2016-03-14')[0]).toBe(
      'on Thursday = 2016-03-17',
    );
  });

  it('does not read a past gathering or a gathering of things as a plan', () => {
    expect(values('Investors gathered Thursday to vote on the merger.', '2016-03-14')[0]).toBe(
      'Thursday = 2016-03-10',
    );
    expect(values('Analysts gather data Thursday.', '2016-03-14')[0]).toBe('Thursday = 2016-03-10');
  });
});

describe('a bare plural verb of schedule with "again" after it', () => {
  it('reads "Ministers meet again at the weekend", said on a Wednesday, as the coming weekend', () => {
    expect(
      findMentions('Ministers meet again at the weekend to try to break the deadlock.', {
        published: '1998-03-11',
        locale: 'en-GB',
      }).map((m) => `${m.text} = ${m.value}`),
    ).toEqual(['the weekend = 1998-W11-WE']);
  });

  it('keeps "Ministers met again at the weekend" as the weekend gone by', () => {
    expect(values('Ministers met again at the weekend.', '1998-03-11')).toEqual([
      'the weekend = 1998-W10-WE',
    ]);
  });
});

describe('a release that hits shelves or screens', () => {
  it('reads "The book hits shelves Tuesday", said on a Wednesday, as the coming Tuesday', () => {
    expect(values('The book hits shelves Tuesday.', '2026-03-11')).toEqual([
      'Tuesday = 2026-03-17',
    ]);
    expect(values('The film hits theaters on Friday.', '2026-03-11')).toEqual([
      'on Friday = 2026-03-13',
    ]);
  });

  it('keeps a storm that hits the coast, and the past "hit shelves", gone by', () => {
    expect(values('The storm hits the coast Tuesday.', '2026-03-11')).toEqual([
      'Tuesday = 2026-03-10',
    ]);
    expect(values('The book hit shelves Tuesday.', '2026-03-11')).toEqual(['Tuesday = 2026-03-10']);
  });
});

describe('a plural facing trial or sentencing', () => {
  it.each([
    ['The pair face trial on Tuesday.', 'on Tuesday = 2026-03-17'],
    ['The two brothers face sentencing on Monday.', 'on Monday = 2026-03-16'],
  ])('reads "%s", said on Sunday 15 March 2026, as the coming day', (text, found) => {
    expect(values(text, '2026-03-15')).toEqual([found]);
  });

  it.each([
    ['The pair faced trial on Tuesday.', 'on Tuesday = 2026-03-10'],
    ['Two men face trial over a brawl on Saturday.', 'on Saturday = 2026-03-14'],
  ])('keeps the day gone by in "%s" (a past, or a happening it is over)', (text, found) => {
    expect(values(text, '2026-03-15')).toEqual([found]);
  });
});

describe('a bare plural verb of schedule with what it is for after it', () => {
  it.each([
    ['The two leaders meet for talks on Friday in Brussels.', 'on Friday = 2026-03-13'],
    [
      'The candidates meet for their final debate on Thursday night in Philadelphia.',
      'on Thursday night = 2026-03-12',
    ],
    ['Fans return for the home opener on Saturday.', 'on Saturday = 2026-03-14'],
  ])('reads %j, said on Wednesday 11 March 2026, as the day coming', (text, found) => {
    expect(values(text, '2026-03-11')).toContain(found);
  });

  it('reads "The two leaders meet for talks on Friday" as the day coming in TimeML mode', () => {
    expect(
      findTimemlMentions('The two leaders meet for talks on Friday in Brussels.', {
        published: '2026-03-11',
        locale: 'en-GB',
      }).map((m) => `${m.text} = ${m.value}`),
    ).toEqual(['Friday = 2026-03-13']);
  });

  it.each([
    ['The vote for independence on Sunday was close.', 'on Sunday = 2026-03-08'],
    ['Their return for the final on Sunday delighted fans.', 'on Sunday = 2026-03-08'],
    ['The two leaders met for talks on Friday in Brussels.', 'on Friday = 2026-03-06'],
    ['Crowds gather for hours on Sunday, police said.', 'on Sunday = 2026-03-08'],
    ['The families gather for a vigil on Sunday, a day after the crash.', 'on Sunday = 2026-03-08'],
  ])('keeps %j the day gone by: a noun, the past or a span after "for"', (text, found) => {
    expect(values(text, '2026-03-11')).toContain(found);
  });
});

describe('a priest saying mass on a weekday, a schedule in the present', () => {
  it('reads "the Pope says mass on Sunday in Havana\'s Revolution Square", said on Tuesday 20 January 1998, as 1998-01-25 in both readings', () => {
    const text = "the Pope says mass on Sunday in Havana's Revolution Square.";
    expect(values(text, '1998-01-20')).toEqual(['on Sunday = 1998-01-25']);
    expect(
      findTimemlMentions(text, { published: '1998-01-20', locale: 'en-US' }).map(
        (m) => `${m.text} = ${m.value}`,
      ),
    ).toEqual(['Sunday = 1998-01-25']);
  });

  it('reads "the Pope says a mass for the victims on Sunday", said on Tuesday 20 January 1998, as 1998-01-25', () => {
    expect(values('the Pope says a mass for the victims on Sunday.', '1998-01-20')).toEqual([
      'on Sunday = 1998-01-25',
    ]);
  });

  it.each([
    ['police say the man died on Sunday.', 'on Sunday = 1998-01-18'],
    ['the Pope said mass on Sunday in Havana.', 'on Sunday = 1998-01-18'],
    ['the priest says he held a mass on Sunday.', 'on Sunday = 1998-01-18'],
  ])(
    'keeps %j, said on Tuesday 20 January 1998, the Sunday gone by: a saying or the past',
    (text, found) => {
      expect(values(text, '1998-01-20')).toEqual([found]);
    },
  );
});

describe('a bare plural of scheduling before "at least"', () => {
  it('reads "November sales at stores open at least a year rose 4.5%", said on 8 December 1989, as 1989-11', () => {
    const text = 'November sales at stores open at least a year rose 4.5%.';
    expect(values(text, '1989-12-08')).toContain('November = 1989-11');
    expect(
      findTimemlMentions(text, { published: '1989-12-08', locale: 'en-US' }).map((m) => m.value),
    ).toContain('1989-11');
  });

  it('still reads "Polls open at 7 a.m. in November", said on 8 October 1989, as 1989-11', () => {
    expect(values('Polls open at 7 a.m. in November.', '1989-10-08')).toContain(
      'November = 1989-11',
    );
  });

  it('still reads "Polls open at least an hour early on Tuesday", said on Monday 6 November 1989, as 1989-11-07', () => {
    expect(
      values('Polls open at least an hour early on Tuesday in parts of New Jersey.', '1989-11-06'),
    ).toContain('on Tuesday = 1989-11-07');
  });

  it('still reads "Stores open at 9 a.m. on Friday", said on Monday 4 December 1989, as 1989-12-08T09:00', () => {
    expect(values('Stores open at 9 a.m. on Friday.', '1989-12-04')).toContain(
      'at 9 a.m. on Friday = 1989-12-08T09:00',
    );
  });
});

describe('a payment that comes or falls due', () => {
  const both = (text: string, published: string) =>
    [
      findMentions(text, { published, locale: 'en-US' }),
      findTimemlMentions(text, { published, locale: 'en-US' }),
    ].map((found) => found.map((m) => `${m.text}=${m.value}`));

  it('reads "Interest payments come due in mid-December", said on 15 November 1989, as 1989-12', () => {
    expect(both('Interest payments come due in mid-December.', '1989-11-15')).toEqual([
      ['mid-December=1989-12'],
      ['mid-December=1989-12'],
    ]);
  });

  it('reads "The loan falls due in March", said on 6 November 1989, as 1990-03', () => {
    expect(both('The loan falls due in March.', '1989-11-06')).toEqual([
      ['March=1990-03'],
      ['March=1990-03'],
    ]);
  });

  it('still reads "The notes came due in late January", said on 6 November 1989, as 1989-01', () => {
    expect(both('The notes came due in late January.', '1989-11-06')).toEqual([
      ['late January=1989-01'],
      ['late January=1989-01'],
    ]);
  });
});

describe('"continues" right before a weekday is a schedule', () => {
  it.each([
    [
      'Voting continues Friday from 7 a.m., election officials said.',
      '2026-11-05',
      'Friday = 2026-11-06',
    ],
    ['The auction continues Thursday from 9:30 a.m.', '1989-11-01', 'Thursday = 1989-11-02'],
    ['The recount continues Thursday from 10 a.m.', '2000-11-08', 'Thursday = 2000-11-09'],
  ])('reads "%s", said on %s, as the coming day (%s)', (text, published, found) => {
    expect(values(text, published)).toContain(found);
  });

  it.each([
    [
      'Voting continued Thursday from 7 a.m. despite the rain.',
      '2026-11-06',
      'Thursday = 2026-11-05',
    ],
    [
      'The selloff continues, and on Thursday stocks fell.',
      '1989-11-01',
      'on Thursday = 1989-10-26',
    ],
  ])('keeps "%s", said on %s, on the day gone by (%s)', (text, published, found) => {
    expect(values(text, published)).toContain(found);
  });
});

describe('a turn of the week ahead in broadcast news, told in the present', () => {
  it.each([
    [
      'Michelle Kwan skates the short program on Wednesday.',
      '1998-02-09',
      'on Wednesday = 1998-02-11',
    ],
    ['Picabo Street races in the super-G on Wednesday.', '1998-02-09', 'on Wednesday = 1998-02-11'],
    [
      'the Security Council takes up the agreement on Wednesday.',
      '1998-02-23',
      'on Wednesday = 1998-02-25',
    ],
    [
      'the Texas parole board decides the case on Tuesday.',
      '1998-02-02',
      'on Tuesday = 1998-02-03',
    ],
    ['the President announces his decision on Friday.', '1998-03-16', 'on Friday = 1998-03-20'],
    [
      'the Pentagon sends a third carrier to the Gulf on Friday.',
      '1998-02-02',
      'on Friday = 1998-02-06',
    ],
    ['Britain puts its draft to a vote on Tuesday.', '1998-03-02', 'on Tuesday = 1998-03-03'],
    [
      'the president gives his State of the Union speech on Tuesday night.',
      '1998-01-26',
      'on Tuesday night = 1998-01-27',
    ],
    [
      'George Mitchell hands the parties his draft on Tuesday.',
      '1998-04-06',
      'on Tuesday = 1998-04-07',
    ],
    [
      'Secretary Albright takes the case for strikes to Ohio on Wednesday.',
      '1998-02-16',
      'on Wednesday = 1998-02-18',
    ],
    ['the president flies on to Uganda Tuesday night.', '1998-03-23', 'Tuesday night = 1998-03-24'],
  ])('reads "%s", said on %s, as the coming day (%s)', (text, published, found) => {
    expect(values(text, published)).toContain(found);
  });

  it.each([
    ['Picabo Street won the super-G on Wednesday.', '1998-02-12', 'on Wednesday = 1998-02-11'],
    ['the fall in Tokyo sends stocks lower on Friday.', '1998-01-14', 'on Friday = 1998-01-09'],
    ['the building changes hands on Monday.', '1998-01-14', 'on Monday = 1998-01-12'],
    ['the skier won three races on Saturday.', '1998-02-16', 'on Saturday = 1998-02-14'],
    ['the Senate voted on the measure Tuesday.', '1998-03-05', 'Tuesday = 1998-03-03'],
  ])('keeps "%s", said on %s, on the day gone by (%s)', (text, published, found) => {
    expect(values(text, published)).toContain(found);
  });

  it('reads "the Security Council meets on Wednesdays", said on 23 February 1998, as a habit', () => {
    expect(values('the Security Council meets on Wednesdays.', '1998-02-23')).toContain(
      'Wednesdays = XXXX-WXX-3',
    );
  });
});

describe('skates and skis as gear are no schedule (review)', () => {
  it.each([
    ['Shops in Denver sold out of skis on Saturday.', '1998-02-23', 'on Saturday = 1998-02-21'],
    ['The skates she wore on Saturday were borrowed.', '1998-02-23', 'on Saturday = 1998-02-21'],
  ])('reads "%s", said on %s, as the day gone by', (text, published, found) => {
    expect(values(text, published)).toContain(found);
  });
});

describe('"won hands down" is no schedule (review)', () => {
  it('reads "The Broncos won hands down on Sunday", said on Monday 23 February 1998, as 1998-02-22', () => {
    expect(values('The Broncos won hands down on Sunday.', '1998-02-23')).toContain(
      'on Sunday = 1998-02-22',
    );
  });

  it('reads "The court hands down its ruling on Friday", said on Monday 23 February 1998, as 1998-02-27', () => {
    expect(values('The court hands down its ruling on Friday.', '1998-02-23')).toContain(
      'on Friday = 1998-02-27',
    );
  });
});

describe('a chamber back in session, a filing and a showing, told in the present', () => {
  const day = (date: Date) => format(date, 'yyyy-MM-dd');
  it.each([
    [
      'Lawmakers go back into session Monday to take up the Iraq resolution.',
      '1998-02-26',
      'Monday',
      nextMonday,
    ],
    ['The Senate comes back into session on Thursday.', '1998-02-23', 'on Thursday', nextThursday],
    [
      "Paula Jones's lawyers file their appeal on Monday, her spokeswoman says.",
      '1998-04-08',
      'on Monday',
      nextMonday,
    ],
    ['The defense files its motion on Friday.', '1998-01-27', 'on Friday', nextFriday],
    ['The program shows on Sunday on most public stations.', '1998-02-05', 'on Sunday', nextSunday],
    ['The special shows Friday night on ABC.', '1998-02-17', 'Friday night', nextFriday],
  ])('reads "%s", said on %s, as the coming day', (text, published, phrase, next) => {
    expect(values(text, published)).toContain(`${phrase} = ${day(next(parseISO(published)))}`);
  });

  it.each([
    ['The Senate went back into session on Monday.', '1998-02-26', 'on Monday', previousMonday],
    ['Her lawyers filed their appeal on Monday.', '1998-04-08', 'on Monday', previousMonday],
    [
      'A poll released Sunday shows his approval at 67 percent.',
      '1998-02-23',
      'Sunday',
      previousSunday,
    ],
    [
      'The videotape aired on Monday shows the inspectors at the gate.',
      '1998-02-05',
      'on Monday',
      previousMonday,
    ],
    ['The company files for bankruptcy on Friday.', '1998-02-26', 'on Friday', previousFriday],
  ])('leaves "%s", said on %s, the day gone by', (text, published, phrase, previous) => {
    expect(values(text, published)).toContain(`${phrase} = ${day(previous(parseISO(published)))}`);
  });
});

describe('"votes" after a count, a noun', () => {
  // The Sunday on or before `published` (a Tuesday here), and the one after it.
  const sundays = (published: string) => {
    const day = new Date(`${published}T12:00:00Z`);
    const back = new Date(day.getTime() - day.getUTCDay() * 86_400_000);
    const ahead = new Date(back.getTime() + 7 * 86_400_000);
    return [back, ahead].map((d) => d.toISOString().slice(0, 10));
  };
  const both = (text: string, published: string) => [
    ...findMentions(text, { published, locale: 'en-US' }).map((m) => m.value),
    ...findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => m.value),
  ];

  it('reads "Bush won Florida by 537 votes on Sunday", said on Tuesday 28 November 2000, as the Sunday gone by', () => {
    const [gone] = sundays('2000-11-28');
    expect(both('Bush won Florida by 537 votes on Sunday.', '2000-11-28')).toEqual([gone, gone]);
  });

  it('reads "Gore gained by about 200 votes in Palm Beach County on Sunday", said on Tuesday 14 November 2000, as the Sunday gone by', () => {
    const [gone] = sundays('2000-11-14');
    const text = 'Gore gained by about 200 votes in Palm Beach County on Sunday.';
    expect(both(text, '2000-11-14')).toEqual([gone, gone]);
  });

  it('still reads "The Senate votes on the measure Sunday", said on Tuesday 14 November 2000, as the coming Sunday', () => {
    const [, ahead] = sundays('2000-11-14');
    expect(both('The Senate votes on the measure Sunday.', '2000-11-14')).toEqual([ahead, ahead]);
  });
});
