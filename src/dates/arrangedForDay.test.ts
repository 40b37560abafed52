import { nextDay, previousDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { toTimex } from './toTimex.ts';
import { arrangedForDay } from './arrangedForDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];

describe('a weekday a thing is arranged for', () => {
  it('reads "The company said it had set a meeting for Friday to consider the bid", said on Monday, 13 November 1989, as 1989-11-17', () => {
    for (const read of both(
      'The company said it had set a meeting for Friday to consider the bid.',
      '1989-11-13',
    ))
      expect(read).toEqual(['Friday = 1989-11-17']);
  });

  it('reads "said they had scheduled a board meeting for Wednesday", said on Monday, 20 November 1989, as 1989-11-22', () => {
    for (const read of both(
      "Northwest's new owners said they had scheduled a board meeting for Wednesday.",
      '1989-11-20',
    ))
      expect(read).toEqual(['Wednesday = 1989-11-22']);
  });

  it('reads "said it had set a meeting for Monday", said on Friday, 17 November 1989, as 1989-11-20', () => {
    for (const read of both(
      'The company said it had set a meeting for Monday to consider the bid.',
      '1989-11-17',
    ))
      expect(read).toEqual(['Monday = 1989-11-20']);
  });

  it('still reads "said it had met Monday", "set aside $5 million for Friday\'s payroll" and "was scheduled for Friday" as they were', () => {
    expect(both('The board said it had met Monday to review the offer.', '1989-11-17')[0]).toEqual([
      'Monday = 1989-11-13',
    ]);
    expect(both("The company set aside $5 million for Friday's payroll.", '1989-11-13')[0]).toEqual(
      ['Friday = 1989-11-10'],
    );
    expect(arrangedForDay('The company set aside $5 million for ')).toBe(false);
    expect(arrangedForDay('The vote was scheduled for ')).toBe(false);
    expect(
      arrangedForDay(
        'A judge last week set a hearing for ',
        ', where the defendant pleaded not guilty.',
      ),
    ).toBe(false);
  });

  it('needs an active verb of arranging, its object and "for"', () => {
    expect(arrangedForDay('The company said it had set a meeting for ')).toBe(true);
    expect(arrangedForDay('The court has scheduled a hearing for ')).toBe(true);
    expect(arrangedForDay('Officials set a deadline for ')).toBe(true);
    expect(arrangedForDay('The company held a meeting for ')).toBe(false);
    expect(arrangedForDay('The stage was set for ')).toBe(false);
  });

  it('reads a setting in a relative clause, or a day told gone by after it, as before (review)', () => {
    const toldBySentence: [string, string, string][] = [
      [
        'Directors, who had scheduled a meeting for Monday, approved the merger at the session.',
        '1989-11-14',
        'Monday = 1989-11-13',
      ],
      [
        'Board members who had scheduled a meeting for Friday met instead on Thursday.',
        '1989-11-20',
        'Friday = 1989-11-17',
      ],
      [
        'Pan Am, which had slated a vote for Monday, said the count showed holders backing the plan.',
        '1989-11-21',
        'Monday = 1989-11-20',
      ],
      [
        'The union had set a strike deadline for Monday, which passed without a walkout.',
        '1989-11-15',
        'Monday = 1989-11-13',
      ],
      [
        'The Senate had planned a vote for Monday, but it was put off until next week.',
        '1989-11-14',
        'Monday = 1989-11-13',
      ],
    ];
    for (const [text, published, value] of toldBySentence)
      for (const read of both(text, published)) expect(read).toContain(value);
  });

  it('reads "The minister has arranged a meeting for Friday with union leaders", said on Tuesday 13 March 2012 in British copy, as 2012-03-16', () => {
    const gb = { published: '2012-03-13', locale: 'en-GB' } as const;
    const text = 'The minister has arranged a meeting for Friday with union leaders.';
    for (const read of [findMentions(text, gb), findTimemlMentions(text, gb)])
      expect(read.map((m) => `${m.text} = ${m.value}`)).toEqual(['Friday = 2012-03-16']);
  });

  it('reads "organised a hearing for Thursday", "arranged a friendly for Saturday" and "arranged a vigil for Saturday evening" ahead of the arranging', () => {
    const cases: [string, string, string][] = [
      [
        'Her solicitor has organised a hearing for Thursday.',
        '2021-11-09',
        'Thursday = 2021-11-11',
      ],
      ['The club arranged a friendly for Saturday.', '2012-03-12', 'Saturday = 2012-03-17'],
      [
        'The mayor arranged a meeting for Friday to discuss the budget.',
        '2021-11-10',
        'Friday = 2021-11-12',
      ],
    ];
    for (const [text, published, value] of cases)
      for (const read of both(text, published)) expect(read).toContain(value);
    const gb = { published: '2025-06-03', locale: 'en-GB' } as const;
    const vigil = 'Organisers have arranged a vigil for Saturday evening.';
    expect(findTimemlMentions(vigil, gb).map((m) => m.value)).toEqual(['2025-06-07TEV']);
  });

  it('still reads "had arranged a meeting for Friday, but fell ill on Thursday" and "booked a table for Friday" by their sentence', () => {
    expect(
      both('He had arranged a meeting for Friday, but fell ill on Thursday.', '2012-03-12')[1],
    ).toEqual(['Friday = 2012-03-09', 'Thursday = 2012-03-08']);
    expect(both('They booked a table for Friday.', '2012-03-13')[0]).toEqual([
      'Friday = 2012-03-09',
    ]);
  });

  it('reads a past perfect of arranging told by no one, in a story of what happened, by its sentence (review)', () => {
    const gb = { published: '2012-03-19', locale: 'en-GB' } as const;
    const text =
      'Organisers had arranged a vigil for Saturday in the town square. Hundreds attended.';
    for (const read of [findMentions(text, gb), findTimemlMentions(text, gb)])
      expect(read.map((m) => `${m.text} = ${m.value}`)).toEqual(['Saturday = 2012-03-17']);
    expect(
      both(
        'The league had booked the match for Sunday, and 40,000 fans turned out.',
        '2012-03-13',
      )[1],
    ).toEqual(['Sunday = 2012-03-11']);
    expect(arrangedForDay('Organisers had arranged a vigil for ', ' in the town square.')).toBe(
      false,
    );
    expect(arrangedForDay('The board said it had called a special meeting for ', '.')).toBe(true);
    expect(arrangedForDay('The two sides had set a closing for ', ', the company said.')).toBe(
      true,
    );
  });

  it('reads "The club has organised a coach trip for Saturday", said on Tuesday 20 March 2012 in British copy, as 2012-03-24', () => {
    const gb = { published: '2012-03-20', locale: 'en-GB' } as const;
    const text = 'The club has organised a coach trip for Saturday to the seaside.';
    expect(findMentions(text, gb).map((m) => m.value)).toEqual(['2012-03-24']);
    expect(findTimemlMentions(text, gb).map((m) => m.value)).toEqual(['2012-03-24']);
  });

  it('reads "The council has booked the town hall for Friday", said on Monday 8 June 2015, as 2015-06-12', () => {
    const gb = { published: '2015-06-08', locale: 'en-GB' } as const;
    expect(
      findMentions('The council has booked the town hall for Friday.', gb).map((m) => m.value),
    ).toEqual(['2015-06-12']);
  });

  it('still reads "The club ran a coach trip on Saturday", said on Wednesday 21 March 2012, as 2012-03-17', () => {
    const gb = { published: '2012-03-21', locale: 'en-GB' } as const;
    expect(findMentions('The club ran a coach trip on Saturday.', gb).map((m) => m.value)).toEqual([
      '2012-03-17',
    ]);
  });

  it('still reads "Parents arranged a minibus for Thursday, which broke down on the way" as the Thursday gone by', () => {
    expect(
      arrangedForDay('Parents arranged a minibus for ', ', which broke down on the way.'),
    ).toBe(false);
  });

  // Monday 11 May 2009, British copy: the coming day, and the one gone by, of each weekday.
  const MAY_11 = { published: '2009-05-11', locale: 'en-GB' } as const;
  const WEEKDAY = { Sunday: 0, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 } as const;
  const coming = (weekday: keyof typeof WEEKDAY) =>
    toTimex(nextDay(toLocalDate(MAY_11.published), WEEKDAY[weekday]), 'day');
  const goneBy = (weekday: keyof typeof WEEKDAY) =>
    toTimex(previousDay(toLocalDate(MAY_11.published), WEEKDAY[weekday]), 'day');
  const dayRead = (text: string, weekday: string) =>
    [findMentions(text, MAY_11), findTimemlMentions(text, MAY_11)].map(
      (read) => read.find((m) => m.text.includes(weekday))?.value,
    );

  it.each([
    ["Supporters have booked five coaches for Saturday's final.", 'Saturday'],
    ['The union has called a walkout for Thursday.', 'Thursday'],
    ['Teachers have called a strike for Wednesday.', 'Wednesday'],
    ['Dockers called a 24-hour stoppage for Friday.', 'Friday'],
    ["Fans have chartered two trains for Sunday's cup final at Wembley.", 'Sunday'],
    ["The club has laid on extra buses for Saturday's derby.", 'Saturday'],
    ["Campaigners have hired a hall for Thursday's meeting.", 'Thursday'],
  ] as const)(
    'reads %j, said on Monday 11 May 2009 in British copy, as the coming day',
    (text, weekday) => {
      expect(dayRead(text, weekday)).toEqual([coming(weekday), coming(weekday)]);
    },
  );

  it.each([
    ["Police arrested 12 fans at Saturday's final.", 'Saturday'],
    ['The union staged a walkout on Thursday.', 'Thursday'],
    ['They booked a table for Friday.', 'Friday'],
    ['The union called a strike for Thursday, which went ahead.', 'Thursday'],
  ] as const)('still reads %j, said on Monday 11 May 2009, as the day gone by', (text, weekday) => {
    expect(dayRead(text, weekday)[0]).toBe(goneBy(weekday));
  });

  // Wednesday 8 June 2005, British copy: the Saturday gone by is four days back, the coming one
  // three days on.
  const JUNE_8 = { published: '2005-06-08', locale: 'en-GB' } as const;
  const readOn = (text: string, weekday: keyof typeof WEEKDAY) =>
    [findMentions(text, JUNE_8), findTimemlMentions(text, JUNE_8)].map(
      (read) => read.find((m) => m.text.includes(weekday))?.value,
    );
  const around = (weekday: keyof typeof WEEKDAY, ahead: boolean) =>
    toTimex(
      (ahead ? nextDay : previousDay)(toLocalDate(JUNE_8.published), WEEKDAY[weekday]),
      'day',
    );

  it.each([
    ["Police have drafted in 300 extra officers for Saturday's match.", 'Saturday'],
    ["The club has drafted in 80 extra stewards for Saturday's cup tie.", 'Saturday'],
    ["Police will draft in extra officers for Sunday's derby.", 'Sunday'],
    ["Organisers have brought in 200 extra stewards for Saturday's final.", 'Saturday'],
    ["The force has deployed 500 more officers for Sunday's march.", 'Sunday'],
    ["Organisers are bringing in extra stewards for Sunday's concert.", 'Sunday'],
    ["Police will deploy 400 officers for Saturday's match.", 'Saturday'],
  ] as const)(
    'reads %j, said on Wednesday 8 June 2005 in British copy, as the coming day',
    (text, weekday) => {
      expect(readOn(text, weekday)).toEqual([around(weekday, true), around(weekday, true)]);
    },
  );

  it.each([
    ["Extra officers were drafted in for Sunday's derby, which passed off peacefully.", 'Sunday'],
    ["Police said 300 extra officers had been on duty at Saturday's match.", 'Saturday'],
    ["The club drafted in a new striker for Saturday's match, and he scored twice.", 'Saturday'],
    ["Police deployed 500 officers for Saturday's match.", 'Saturday'],
    ["The club brought in 60 extra stewards for Sunday's derby.", 'Sunday'],
    ["Police drafted in 200 extra officers for Saturday's march.", 'Saturday'],
  ] as const)(
    'still reads %j, said on Wednesday 8 June 2005, as the day gone by',
    (text, weekday) => {
      expect(readOn(text, weekday)).toEqual([around(weekday, false), around(weekday, false)]);
    },
  );
});
