import {
  addDays,
  addWeeks,
  addYears,
  format,
  nextDay,
  parseISO,
  previousDay,
  type Day,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { durationValue } from './readDurations.ts';
import { easterSunday } from './readHolidays.ts';

// Wednesday 12 March 2025 unless a test gives another day.
const PUBLISHED = '2025-03-12';

const news = (text: string, published = PUBLISHED, locale: 'en-US' | 'en-GB' = 'en-GB') =>
  findMentions(text, { published, locale });
const day = (date: Date) => format(date, 'yyyy-MM-dd');

describe('a fraction written with a slash', () => {
  it.each([
    'The bill needs the 2/3 majority to pass.',
    'About 2/3 of voters backed the plan.',
    'Nearly 3/4 of the budget went on wages.',
  ])('does not read %j as a day and month', (text) => {
    for (const locale of ['en-GB', 'en-US'] as const)
      expect(news(text, PUBLISHED, locale)).toEqual([]);
  });

  it.each([
    ['The case was adjourned to 12/3 of this year.', 'en-GB', 2026, 3, 12],
    ['The sale closed on 12/30 of last year.', 'en-US', 2025, 12, 30],
    ['The hearing was moved to 3/12 of this year.', 'en-US', 2026, 3, 12],
  ] as const)(
    'reads %j under %s, a day and month before "of" a year, as that day',
    (text, locale, year, month, date) => {
      expect(news(text, '2026-01-02', locale)).toContainEqual(
        expect.objectContaining({ value: day(new Date(year, month - 1, date)) }),
      );
    },
  );

  it.each([
    ['After the 11/5 vote, markets rallied.', 11, 5],
    ['Since the 6/23 vote, the pound has fallen.', 6, 23],
    ["The council's 4/12 vote approved the plan.", 4, 12],
  ])(
    'reads %j under en-US, a slash that is no proper fraction before "vote", as that day',
    (text, month, date) => {
      const monthAndDay = format(new Date(2000, month - 1, date), 'MM-dd');
      expect(news(text, PUBLISHED, 'en-US')).toContainEqual(
        expect.objectContaining({
          text: `${month}/${date}`,
          type: 'DATE',
          value: expect.stringMatching(new RegExp(`^\\d{4}-${monthAndDay}$`)),
        }),
      );
    },
  );

  it('still reads a slashed day and month that is no fraction', () => {
    expect(news('The hearing was adjourned to 2/3.', PUBLISHED, 'en-US')).toContainEqual(
      expect.objectContaining({ text: '2/3', type: 'DATE' }),
    );
  });
});

describe('holidays of British, Irish and Commonwealth copy', () => {
  it.each([
    [
      'The march will take place on Easter Monday.',
      'Easter Monday',
      addDays(easterSunday(2025), 1),
    ],
    ['Pancakes sold out on Shrove Tuesday.', 'Shrove Tuesday', addDays(easterSunday(2025), -47)],
    ['Services were held on Maundy Thursday.', 'Maundy Thursday', addDays(easterSunday(2024), -3)],
    ['Crowds gathered in Edinburgh for Hogmanay.', 'Hogmanay', new Date(2024, 11, 31)],
    ['The team played on Anzac Day.', 'Anzac Day', new Date(2024, 3, 25)],
    ['Citizenship ceremonies were held on Australia Day.', 'Australia Day', new Date(2025, 0, 26)],
    ['Parades will fill Dublin on St Patrick’s Day.', 'St Patrick’s Day', new Date(2025, 2, 17)],
    ['The King laid a wreath on Remembrance Sunday.', 'Remembrance Sunday', new Date(2024, 10, 10)],
    ['A firework injured a boy on Bonfire Night.', 'Bonfire Night', new Date(2024, 10, 5)],
    ['Haggis sales peaked before Burns Night.', 'Burns Night', new Date(2025, 0, 25)],
  ])('reads %j as the day of that holiday', (text, words, date) => {
    expect(news(text)).toEqual([expect.objectContaining({ text: words, value: day(date) })]);
  });

  it('reads "Easter Monday" as the Monday after Easter whatever the weekday names around it', () => {
    const found = news('Banks will be closed on Easter Monday and Good Friday.', '2025-05-17');
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['Easter Monday', day(addDays(easterSunday(2026), 1))],
      ['Good Friday', day(addDays(easterSunday(2026), -2))],
    ]);
  });
});

describe('a stretch of days written day first after "from"', () => {
  // Saturday 11 January 2025.
  const SATURDAY = '2025-01-11';

  it.each([
    ['The strike will run from 9 to 12 June.', 9, 12],
    ['The strike will run from 9-12 June.', 9, 12],
    ['Offices close from 2 to 4 June.', 2, 4],
  ])('reads %j as the days, not clock hours in June', (text, from, to) => {
    const june = (d: number) => day(new Date(2025, 5, d));
    expect(news(text, SATURDAY)).toEqual([
      expect.objectContaining({ type: 'DATE', value: `${june(from)}/${june(to)}` }),
    ]);
  });

  it('does not read "from 9 to 5 June", the first number the larger, as days running a year', () => {
    const found = news('Shops open from 9 to 5 June to September.', SATURDAY);
    expect(found.filter((m) => m.text.startsWith('9 to 5'))).toEqual([]);
  });

  it.each([
    ['Schools close from Monday 13 to Friday 17 January.', 13, 17],
    ['The strike runs from Tuesday 14 to Thursday 16 January.', 14, 16],
  ])('reads %j, weekdays with their days, as the days, not a clock hour', (text, from, to) => {
    const january = (d: number) => day(new Date(2025, 0, d));
    expect(news(text, SATURDAY)).toEqual([
      expect.objectContaining({ type: 'DATE', value: `${january(from)}/${january(to)}` }),
    ]);
  });
});

describe('a weekday a fortnight on', () => {
  it.each([
    ['Ministers will meet on Monday fortnight.', 'Monday fortnight', 1],
    ['Exams begin Tuesday fortnight.', 'Tuesday fortnight', 2],
  ])('reads %j as the coming such weekday two weeks later', (text, words, weekday) => {
    const week = news(text.replace('fortnight', 'week')).find((m) => m.text.endsWith('week'));
    const coming = nextDay(parseISO(PUBLISHED), weekday as Day);
    expect(week?.value).toBe(day(addWeeks(coming, 1)));
    expect(news(text)).toEqual([
      expect.objectContaining({
        text: expect.stringContaining(words),
        value: day(addWeeks(coming, 2)),
      }),
    ]);
  });
});

describe('the London bombings named by their date', () => {
  it.each([
    'The 7/7 bombings killed 52 people.',
    'An inquest into the 7/7 attacks heard evidence.',
  ])('reads %j as 7 July 2005 in either locale', (text) => {
    for (const locale of ['en-GB', 'en-US'] as const)
      expect(news(text, PUBLISHED, locale)).toEqual([
        expect.objectContaining({ text: '7/7', value: day(new Date(2005, 6, 7)) }),
      ]);
  });

  it('still reads "7/7" with no attack after it as a day of the year it is written in', () => {
    expect(news('The hearing was moved to 7/7.')).toContainEqual(
      expect.objectContaining({ text: '7/7', value: `${PUBLISHED.slice(0, 4)}-07-07` }),
    );
  });
});

describe('weather and figures forecast for a day', () => {
  // Sunday 24 August 2025.
  const SUNDAY = '2025-08-24';

  it.each([
    ['Heavy rain is forecast on Monday.', 1],
    ['Rain is forecast for Monday and Tuesday.', 1],
    ['Thunderstorms are forecast for Wednesday.', 3],
  ])('reads %j, a present "is forecast", as the coming day', (text, weekday) => {
    expect(news(text, SUNDAY)[0]).toMatchObject({
      value: day(nextDay(parseISO(SUNDAY), weekday as Day)),
    });
  });

  it('reads a forecast told in the past, "was forecast", as the day gone by', () => {
    expect(news('Rain was forecast for Monday but never came.', SUNDAY)[0]).toMatchObject({
      value: day(addDays(nextDay(parseISO(SUNDAY), 1), -7)),
    });
  });
});

describe('a count of weeks on from a weekday', () => {
  // Sunday 24 August 2025.
  const SUNDAY = '2025-08-24';

  it.each([
    ['The court will sit again a week on Tuesday.', 'a week on Tuesday', 2, 1],
    ['Polls close a week on Thursday.', 'a week on Thursday', 4, 1],
    ['The hearing resumes a fortnight on Monday.', 'a fortnight on Monday', 1, 2],
  ])('reads %j as the coming weekday that many weeks later', (text, words, weekday, weeks) => {
    expect(news(text, SUNDAY)).toEqual([
      expect.objectContaining({
        text: words,
        value: day(addWeeks(nextDay(parseISO(SUNDAY), weekday as Day), weeks)),
      }),
    ]);
  });

  it('keeps a count that is how long something lasted apart from the weekday after it', () => {
    expect(news('The strike lasted a week. On Tuesday talks resumed.', SUNDAY)).toContainEqual(
      expect.objectContaining({ text: 'a week', type: 'DURATION' }),
    );
  });

  it('reads "reaches four weeks on Tuesday" as four weeks and a Tuesday of this week', () => {
    const found = news('The strike reaches four weeks on Tuesday.', SUNDAY);
    expect(found).toContainEqual(expect.objectContaining({ text: 'four weeks', value: 'P4W' }));
    const tuesdays = [previousDay(parseISO(SUNDAY), 2), nextDay(parseISO(SUNDAY), 2)].map(day);
    expect(found.find((m) => m.text.endsWith('Tuesday'))?.value).toBeOneOf(tuesdays);
  });

  it('reads "jailed for a fortnight on Tuesday" as two weeks and the Tuesday gone by', () => {
    const found = news('He was jailed for a fortnight on Tuesday.', SUNDAY);
    expect(found).toContainEqual(expect.objectContaining({ text: 'a fortnight', value: 'P2W' }));
    expect(found).toContainEqual(
      expect.objectContaining({ value: day(previousDay(parseISO(SUNDAY), 2)) }),
    );
  });

  it.each([
    ['She was banned for two weeks on Monday.', SUNDAY],
    ['He was suspended for a week on Friday after the row.', SUNDAY],
    ['The court adjourned for two weeks on Thursday.', SUNDAY],
    ['We have been on strike for a week on Tuesday.', SUNDAY],
    ['The talks collapsed two weeks on Thursday.', PUBLISHED],
    ['The strike reaches four weeks on Tuesday.', PUBLISHED],
    ['The ceasefire marks two weeks on Tuesday.', PUBLISHED],
    ['Shares are up 5% over two weeks on Tuesday.', PUBLISHED],
    ['Polls close two weeks on Thursday.', PUBLISHED],
    ['The ceasefire marks a week on Tuesday.', PUBLISHED],
    ['Shares are up 5% over a fortnight on Tuesday.', PUBLISHED],
  ])(
    'does not count the weekday on in %j, a count of more than one or after for, over or a past clause',
    (text, published) => {
      const joined = news(text, published).filter(
        (m) => /week|fortnight/i.test(m.text) && /day\b/i.test(m.text),
      );
      expect(joined).toEqual([]);
    },
  );
});

describe('the end of a period that figures are given for', () => {
  it.each([
    ['Profits rose 8% in the year to 31 March.', '31 March', 3, 31],
    ['Retail sales fell 2% in the four weeks ending 29 March.', '29 March', 3, 29],
    ['Revenue rose 2.3 per cent in the 12 months to 31 March.', '31 March', 3, 31],
    ['Sales rose to 1,200 units in the year to 31 March.', '31 March', 3, 31],
    ['Profits rose 4% or more in the year to 31 March.', '31 March', 3, 31],
  ])('reads %j, told in the past, as a day gone by', (text, words, month, date) => {
    const published = parseISO(PUBLISHED);
    const thisYear = new Date(published.getFullYear(), month - 1, date);
    const gone = thisYear > published ? addYears(thisYear, -1) : thisYear;
    expect(news(text).find((m) => m.text === words)?.value).toBe(day(gone));
  });

  it.each([
    'The firm said it expected sales to grow in the year to 31 March.',
    'The Treasury said borrowing in the year to 31 March was forecast to reach £100bn.',
    'Tesco said sales rose in the quarter to 22 February and it was confident about the year to 31 March.',
  ])('reads %j, with no past verb of change in its clause, as the coming day', (text) => {
    const found = news(text).find((m) => m.text === '31 March');
    expect(found?.value).toBe(`${PUBLISHED.slice(0, 4)}-03-31`);
  });

  it('reads the end of a period still to come as the coming day', () => {
    const found = news('Profits are expected to rise in the year to 31 March.');
    expect(found).toEqual([expect.objectContaining({ value: `${PUBLISHED.slice(0, 4)}-03-31` })]);
  });
});

describe('a financial or school year written with a slash alone', () => {
  it.each([
    ['Borrowing rose in 2024/25.', '2024/25', '2024/2025'],
    ['The deficit widened in 1999/00, the Treasury said.', '1999/00', '1999/2000'],
    ['Council tax bills for 2025/2026 rise by 5%.', '2025/2026', '2025/2026'],
  ])('reads %j as the two years it straddles', (text, words, value) => {
    expect(news(text)).toEqual([expect.objectContaining({ text: words, value })]);
  });

  it.each(['The fund returned 2024/23 in the ledger.', 'Call 2024/2030 for details.'])(
    'does not read %j, two years not one after the other, as a stretch',
    (text) => {
      expect(news(text).filter((m) => m.value?.includes('/'))).toEqual([]);
    },
  );

  it.each([
    'Ref 2023/24 was filed on time.',
    'The court case 2020/21 is due.',
    'The motion 2021/2022 passed.',
    'Resolution 2019/20 was adopted.',
    'Bill No. 2022/23 was tabled.',
  ])('does not read %j, a reference number, as two years', (text) => {
    expect(news(text).filter((m) => m.value?.includes('/'))).toEqual([]);
  });
});

describe('a week named by the day it starts or ends on', () => {
  const weekOf = (date: string) => format(parseISO(date), "RRRR-'W'II");

  it.each([
    ['Rota published for w/c 10 March.', 'w/c 10 March', '2025-03-10'],
    [
      'Deliveries resume in the week commencing 17 March.',
      'the week commencing 17 March',
      '2025-03-17',
    ],
    [
      'Strikes are planned for the week beginning 24 March.',
      'the week beginning 24 March',
      '2025-03-24',
    ],
    ['Sales fell in the week ending 8 March.', 'the week ending 8 March', '2025-03-08'],
  ])('reads %j as that week', (text, words, date) => {
    expect(news(text)).toEqual([expect.objectContaining({ text: words, value: weekOf(date) })]);
  });
});

describe('a month before its day in a day-first locale', () => {
  it.each([
    ['The Supreme Court will hear the plea on February 10.', 'February 10', 2, 10],
    ['Counting will be held on Feb. 28 in Delhi.', 'Feb. 28', 2, 28],
    ['The court adjourned the case to March 21.', 'March 21', 3, 21],
  ])(
    'reads %j under en-GB as that day, not the month of a two-digit year',
    (text, words, month, date) => {
      const found = news(text, '2025-02-01').find((m) => m.text.includes(words));
      expect(found?.value).toBe(day(new Date(2025, month - 1, date)));
    },
  );

  it.each([
    ['The festival runs from Jan. 12 to Jan. 16.', 'Jan. 12 to Jan. 16', [1, 12], [1, 16]],
    ['Voting is open from February 10 to March 3.', 'February 10 to March 3', [2, 10], [3, 3]],
  ])(
    'reads the range %j under en-GB as two days of the year, not two two-digit years',
    (text, words, [fromMonth, fromDay], [toMonth, toDay]) => {
      const found = news(text, '2025-01-05').find((m) => m.text === words);
      const from = day(new Date(2025, fromMonth! - 1, fromDay));
      expect(found?.value).toBe(`${from}/${day(new Date(2025, toMonth! - 1, toDay))}`);
    },
  );

  it("still reads 'from March 2010 to April 2011' under en-GB as two months of those years", () => {
    const found = news('Sales fell from March 2010 to April 2011.', '2025-01-05');
    expect(found.map((m) => m.value)).toEqual(['2010-03/2011-04']);
  });
});

describe('"by" after was or were and a participle of expectation, promise or need', () => {
  const friday = day(nextDay(parseISO(PUBLISHED), 5));

  it.each([
    'A decision was expected by Friday.',
    'A response was promised by Friday.',
    'Anyone who was vaccinated by Friday can travel next week.',
  ])('reads %j as the coming Friday, a deadline still to meet', (text) => {
    expect(news(text).find((m) => m.text.includes('Friday'))?.value).toBe(friday);
  });
});

describe('"by" after a past passive of a deed done', () => {
  const SATURDAY = '2025-03-15';
  const lastDay = (weekday: Day) => day(previousDay(parseISO(SATURDAY), weekday));
  const comingDay = (weekday: Day) => day(nextDay(parseISO(SATURDAY), weekday));

  it.each([
    ['The fire was contained by Sunday.', 'Sunday', 0],
    ['All ballots were counted by Friday.', 'Friday', 5],
    ['Power was largely restored by Monday, the utility said.', 'Monday', 1],
  ] as const)('reads %j, written on a Saturday, as the day gone by', (text, words, weekday) => {
    expect(news(text, SATURDAY).find((m) => m.text.includes(words))?.value).toBe(lastDay(weekday));
  });

  it.each([
    ['A decision was expected by Sunday.', 'Sunday', 0],
    ['Residents were told to leave by Monday.', 'Monday', 1],
    ['Anyone who was vaccinated by Friday can travel next week.', 'Friday', 5],
    ['The deadline was extended by Monday.', 'Monday', 1],
  ] as const)('keeps %j, a deadline still to meet, ahead', (text, words, weekday) => {
    expect(news(text, SATURDAY).find((m) => m.text.includes(words))?.value).toBe(
      comingDay(weekday),
    );
  });
});

describe('a fortnight looked over', () => {
  it.each(['Cases have doubled in the past fortnight.', 'Talks went on over the last fortnight.'])(
    'reads %j as a duration of two weeks, not the past',
    (text) => {
      expect(news(text)).toEqual([
        expect.objectContaining({ type: 'DURATION', value: durationValue(2, 'week') }),
      ]);
    },
  );
});

describe('words with letters outside ASCII', () => {
  it('reads nothing in "in the Dáil" (chrono took "in the D" for "in a day"), and keeps the day after it', () => {
    expect(
      news('The budget was read in the Dáil on Tuesday.').map((m) => [m.text, m.value]),
    ).toEqual([['on Tuesday', '2025-03-11']]);
    expect(news('The Fianna Fáil leader spoke in the Dáil chamber.')).toEqual([]);
  });

  it('reads "Mondayʼs vote" with a modifier-letter apostrophe and "on MondayÂ and" with scraped mojibake as the Monday', () => {
    expect(
      findMentions('Mondayʼs vote was delayed by a power cut.', {
        published: '2026-02-17',
        locale: 'en-GB',
      }).map((m) => [m.text, m.value]),
    ).toEqual([['Monday', '2026-02-16']]);
    expect(
      findMentions('The council met on Monday\u00c2\u00a0and agreed the budget.', {
        published: '2026-03-10',
        locale: 'en-GB',
      }).map((m) => [m.text, m.value]),
    ).toEqual([['on Monday', '2026-03-09']]);
  });

  it('still reads "in a day" and "in the day ahead" as before', () => {
    expect(news('The vote comes in a day.').map((m) => [m.text, m.value])).toEqual([
      ['in a day', '2025-03-13'],
    ]);
  });
});

describe('"followed by" after a comma', () => {
  const read = (text: string) => news(text, '2016-12-18').map((m) => [m.text, m.value]);

  it('reads "Drivers will strike on Tuesday, followed by a longer stoppage beginning on New Year\'s Eve." with the main verb\'s future', () => {
    expect(
      read(
        "Drivers will strike on Tuesday, followed by a longer stoppage beginning on New Year's Eve.",
      ),
    ).toEqual([
      ['on Tuesday', '2016-12-20'],
      ["New Year's Eve", '2016-12-31'],
    ]);
    expect(
      read('The union will walk out on Monday, followed by a second strike on Friday.'),
    ).toEqual([
      ['on Monday', '2016-12-19'],
      ['on Friday', '2016-12-23'],
    ]);
  });

  it('keeps the past of "Drivers struck on Monday, followed by a longer stoppage on Friday."', () => {
    expect(read('Drivers struck on Monday, followed by a longer stoppage on Friday.')).toEqual([
      ['on Monday', '2016-12-12'],
      ['on Friday', '2016-12-16'],
    ]);
  });
});
