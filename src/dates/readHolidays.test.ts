import { describe, expect, it } from 'vitest';
import type { Locale } from '../model/temporal.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { easterSunday } from './readHolidays.ts';
import { toCalendarDate } from './calendarDate.ts';
import { toTimex } from './toTimex.ts';
import { addDays, getDay } from 'date-fns';

const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const;
const read = (text: string, options: { published: string; locale: Locale } = JAN_2000) =>
  findMentions(text, options).map((m) => [m.text, m.value] as const);

describe('holidays', () => {
  it.each(['falls late', 'comes early', 'begins a week of events', 'means a long weekend'])(
    'reads the year after a holiday when a verb in -s follows it ("Easter 2025 %s")',
    (rest) => {
      const published = { published: '2025-03-12', locale: 'en-US' } as const;
      const easter = toCalendarDate(easterSunday(2025));
      expect(read(`Easter 2025 ${rest}.`, published)).toContainEqual(['Easter 2025', easter]);
    },
  );

  it("reads Juneteenth, Mother's Day and Father's Day as June 19 and the second and third Sundays of May and June", () => {
    // The nth Sunday of a month of 2015, counted from its first day.
    const sunday = (month: number, n: number) => {
      const first = new Date(2015, month - 1, 1);
      return toCalendarDate(addDays(first, ((7 - getDay(first)) % 7) + 7 * (n - 1)));
    };
    const spring = { published: '2015-04-20', locale: 'en-US' } as const;
    expect(read("Stores will close on Mother's Day, Juneteenth and Father's Day.", spring)).toEqual(
      [
        ["Mother's Day", sunday(5, 2)],
        ['Juneteenth', toCalendarDate(new Date(2015, 5, 19))],
        ["Father's Day", sunday(6, 3)],
      ],
    );
  });

  it("reads Mother's Day in British English as Mothering Sunday, three weeks before Easter", () => {
    const published = { published: '2025-03-31', locale: 'en-GB' } as const;
    const mothering = toCalendarDate(addDays(easterSunday(2025), -21));
    expect(
      read("Florists in London said sales jumped before Mother's Day on Sunday.", published),
    ).toContainEqual(["Mother's Day", mothering]);
  });

  it('reads a past Thanksgiving Day as the fourth Thursday of the November before', () => {
    expect(read('The ferry was found adrift Thanksgiving Day, its crew unhurt.')).toEqual([
      ['Thanksgiving Day', '1999-11-25'],
    ]);
  });

  it('reads "last Thanksgiving" as the one strictly before publication', () => {
    expect(read('He arrived last Thanksgiving.')).toEqual([['last Thanksgiving', '1999-11-25']]);
  });

  it('reads a holiday in a future sentence as the next one', () => {
    expect(
      read('Voters will go to the polls on Election Day.', {
        published: '1998-10-26',
        locale: 'en-US',
      }),
    ).toEqual([['Election Day', '1998-11-03']]);
  });

  it('reads a holiday week said in that week as the week that holds the coming holiday', () => {
    expect(
      read('Crowds filled the square as Easter week began.', {
        published: '2000-04-17',
        locale: 'en-US',
      }),
    ).toEqual([['Easter week', '2000-W16']]);
  });

  it('reads a past holiday week as the week of the last such holiday', () => {
    expect(
      read('Flights were cancelled during Thanksgiving week.', {
        published: '2025-03-05',
        locale: 'en-US',
      }),
    ).toEqual([['Thanksgiving week', '2024-W48']]);
  });

  it('reads a holiday week in a future sentence as the week of the next such holiday', () => {
    expect(
      read('Shops will stay open late in Christmas week.', {
        published: '2023-10-02',
        locale: 'en-US',
      }),
    ).toEqual([['Christmas week', '2023-W52']]);
  });

  it('takes "weekend" after a holiday as its weekend, not its week', () => {
    expect(read('Traffic was heavy on the Christmas weekend.')).toEqual([
      ['Christmas weekend', `${toTimex(new Date(1999, 11, 25), 'week')}-WE`],
    ]);
  });

  it('reads 9/11 and the Sept. 11 attacks as 11 September 2001, in any locale', () => {
    const now = { published: '2025-03-12', locale: 'en-US' } as const;
    expect(read('Security tightened after 9/11.', now)).toEqual([['9/11', '2001-09-11']]);
    expect(read('The Sept. 11 attacks killed nearly 3,000.', now)).toEqual([
      ['Sept. 11', '2001-09-11'],
    ]);
    expect(
      findMentions('A 9/11 memorial opened.', { published: '2025-03-12', locale: 'en-GB' })[0]
        ?.value,
    ).toBe('2001-09-11');
    expect(read('The vote is on 9/11/2025.', now)).toEqual([['9/11/2025', '2025-09-11']]);
  });

  it('computes Easter Sunday', () => {
    expect([2000, 2024, 2025].map((y) => toCalendarDate(easterSunday(y)))).toEqual([
      '2000-04-23',
      '2024-03-31',
      '2025-04-20',
    ]);
  });

  it('does not read a lower-case "easter" as the holiday', () => {
    expect(read('an easter egg hunt')).toEqual([]);
  });
});

describe('a holiday weekend', () => {
  const DECEMBER = { published: '2025-12-20', locale: 'en-US' } as const;

  it('reads "the Easter weekend" as one mention, the weekend closing the week of Easter Sunday', () => {
    const easter = easterSunday(2025);
    expect(read('Traffic was heavy over the Easter weekend.', DECEMBER)).toEqual([
      ['Easter weekend', `${toTimex(easter, 'week')}-WE`],
    ]);
  });

  it('reads the weekend of a Monday holiday as the weekend just before it', () => {
    // Memorial Day, the last Monday of May; the weekend before it closes the week before.
    const lastOfMay = new Date(2025, 4, 31);
    const memorialDay = addDays(lastOfMay, -((getDay(lastOfMay) + 6) % 7));
    expect(read('The Memorial Day weekend saw record travel.', DECEMBER)).toEqual([
      ['Memorial Day weekend', `${toTimex(addDays(memorialDay, -7), 'week')}-WE`],
    ]);
  });

  it('reads "the Fourth of July weekend" as one mention, the weekend of the week of July 4', () => {
    expect(read('Traffic peaked over the Fourth of July weekend.', DECEMBER)).toEqual([
      ['the Fourth of July weekend', `${toTimex(new Date(2025, 6, 4), 'week')}-WE`],
    ]);
  });

  it('reads "the Easter holiday weekend" and "the Easter bank holiday weekend" as the Easter weekend, not the coming one', () => {
    const easter = easterSunday(2026);
    const march = { published: '2026-03-11', locale: 'en-US' } as const;
    expect(read('Pilots plan to picket before the Easter holiday weekend.', march)).toEqual([
      ['Easter holiday weekend', `${toTimex(easter, 'week')}-WE`],
    ]);
    const uk = { published: '2026-03-11', locale: 'en-GB' } as const;
    expect(read('Queues are expected over the Easter bank holiday weekend.', uk)).toEqual([
      ['Easter bank holiday weekend', `${toTimex(easter, 'week')}-WE`],
    ]);
  });

  it('reads "the Memorial Day holiday weekend" as the weekend just before Memorial Day', () => {
    const lastOfMay = new Date(2025, 4, 31);
    const memorialDay = addDays(lastOfMay, -((getDay(lastOfMay) + 6) % 7));
    expect(read('Traffic was heavy over the Memorial Day holiday weekend.', DECEMBER)).toEqual([
      ['Memorial Day holiday weekend', `${toTimex(addDays(memorialDay, -7), 'week')}-WE`],
    ]);
  });

  it('keeps "Easter holiday" with no weekend after it as the holiday alone', () => {
    const easter = easterSunday(2026);
    const march = { published: '2026-03-11', locale: 'en-US' } as const;
    expect(read('Schools will close for the Easter holiday.', march)).toEqual([
      ['Easter', toCalendarDate(easter)],
    ]);
  });

  it('reads a holiday and its weekend before a possessive "\'s"', () => {
    const lastOfMay = new Date(2025, 4, 31);
    const memorialDay = addDays(lastOfMay, -((getDay(lastOfMay) + 6) % 7));
    expect(read("Memorial Day weekend's crowds were large.", DECEMBER)).toEqual([
      ['Memorial Day weekend', `${toTimex(addDays(memorialDay, -7), 'week')}-WE`],
    ]);
    // The fourth Thursday of November.
    const firstOfNovember = new Date(2025, 10, 1);
    const thanksgiving = addDays(firstOfNovember, ((4 - getDay(firstOfNovember) + 7) % 7) + 21);
    expect(read("Thanksgiving's crowds were large.", DECEMBER)).toEqual([
      ['Thanksgiving', toCalendarDate(thanksgiving)],
    ]);
  });
});

describe('Super Bowl Sunday', () => {
  /** The nth Sunday of February of a year. */
  const februarySunday = (year: number, n: number) => {
    const first = new Date(year, 1, 1);
    return addDays(first, ((7 - getDay(first)) % 7) + 7 * (n - 1));
  };

  it('reads it as the second Sunday of February, the coming one in a sentence ahead', () => {
    const published = { published: '2025-01-03', locale: 'en-US' } as const;
    expect(read('Super Bowl Sunday is expected to draw 120 million viewers.', published)).toEqual([
      ['Super Bowl Sunday', toCalendarDate(februarySunday(2025, 2))],
    ]);
  });

  it('reads it as the first Sunday of February before the season grew in 2022', () => {
    const published = { published: '2019-03-01', locale: 'en-US' } as const;
    expect(read('Ads ran during Super Bowl Sunday.', published)).toEqual([
      ['Super Bowl Sunday', toCalendarDate(februarySunday(2019, 1))],
    ]);
  });
});

describe('a holiday name that is another day or a name', () => {
  const MARCH = { published: '2025-03-12', locale: 'en-US' } as const;

  it.each([
    ['Independence Day was celebrated in Delhi on 15 August.', 'Independence Day'],
    ['Canadians marked Thanksgiving on Oct. 14.', 'Thanksgiving'],
    ['The Australia Day Council said no.', 'Australia Day'],
    ['She won the Canada Day Award.', 'Canada Day'],
  ])('reads no holiday day in %j', (text, words) => {
    expect(read(text, MARCH).filter(([t]) => t.includes(words))).toEqual([]);
  });

  it.each([
    ['Talks on the Good Friday Agreement resumed in Belfast.', 'Good Friday'],
    ['The Good Friday agreement ended decades of violence.', 'Good Friday'],
    [
      'Tony Blair, who helped broker the Good Friday peace accord in Northern Ireland, declined to comment.',
      'Good Friday',
    ],
    ['The Good Friday peace agreement was signed in Belfast.', 'Good Friday'],
    ['Historians revisited the Easter Rising in Dublin.', 'Easter'],
    ['The Christmas Truce is remembered in Flanders.', 'Christmas'],
  ])(
    "reads no holiday day in %j, the holiday naming a past accord or event ('the Good Friday Agreement')",
    (text, words) => {
      expect(read(text, MARCH).filter(([t]) => t.includes(words))).toEqual([]);
      expect(read(text, MARCH).filter(([t]) => /day/i.test(t!))).toEqual([]);
    },
  );

  it.each([
    ['By Friday agreement had been reached on the spending bill.', 'Friday'],
    ['On Monday agreement was still out of reach, aides said.', 'Monday'],
    ['Until Thursday accord seemed unlikely, diplomats said.', 'Thursday'],
    ['On Monday Agreement talks resumed in Belfast.', 'Monday'],
  ])(
    "still reads the weekday after a preposition in %j, before 'agreement' or 'accord'",
    (text, words) => {
      expect(read(text, MARCH).filter(([t]) => t.includes(words))).toHaveLength(1);
    },
  );

  it.each([
    ['Christmas trees sold out in Ohio.', 'Christmas'],
    ['Children hunted for Easter eggs in the park.', 'Easter'],
    ['The school banned Halloween costumes.', 'Halloween'],
    ['Fewer people are sending Christmas cards.', 'Christmas'],
  ])(
    "reads no holiday day in %j, the holiday naming a thing of it ('Christmas trees')",
    (text, words) => {
      expect(read(text, MARCH).filter(([t]) => t.includes(words))).toEqual([]);
    },
  );

  it.each([
    ['By Christmas lights will line every street in the town.', 'Christmas'],
    ['Over Easter eggs sold out at several stores, the chain said.', 'Easter'],
  ])(
    'still reads the holiday in %j, a preposition opening the sentence taking it',
    (text, words) => {
      expect(read(text, MARCH).filter(([t]) => t.includes(words))).toHaveLength(1);
    },
  );

  it.each([
    ['By the Christmas trees children sang.'],
    ['In the Christmas lights the square glowed.'],
  ])(
    'reads no holiday day in %j: after "the" the holiday names a thing, though a preposition opens the sentence',
    (text) => {
      expect(read(text, MARCH)).toEqual([]);
    },
  );

  it.each([
    ['Christmas sales rose 4 percent.', 'Christmas'],
    ['Easter traffic was heavy.', 'Easter'],
    ['Shops ran out of trees before Christmas.', 'Christmas'],
  ])('still reads the holiday before a noun in %j', (text, words) => {
    expect(read(text, MARCH).filter(([t]) => t.includes(words))).toHaveLength(1);
  });

  it.each([
    ['A Good Friday deal was struck, officials said.', 'Good Friday'],
    ['Easter rush-hour traffic was heavy.', 'Easter'],
  ])('still reads the holiday in %j', (text, words) => {
    expect(read(text, MARCH).filter(([t]) => t.includes(words))).toHaveLength(1);
  });

  it.each([
    ['Ukraine marked its Independence Day with a parade in Kyiv.', 'Independence Day'],
    ["Crowds filled Kyiv for Ukraine's Independence Day.", 'Independence Day'],
    ['Mexican Independence Day parades drew thousands.', 'Independence Day'],
    ["Canada's Thanksgiving is a quieter affair.", 'Thanksgiving'],
  ])("reads no US day in %j, another country's holiday named with its country", (text, words) => {
    expect(read(text, MARCH).filter(([t]) => t.includes(words))).toEqual([]);
  });

  it.each([
    ["Boston's Independence Day concert drew 500,000 people.", 'Independence Day', '07-04'],
    ["Macy's Thanksgiving parade drew crowds.", 'Thanksgiving', '11-2\\d'],
    ['The Lions lost their Thanksgiving game.', 'Thanksgiving', '11-2\\d'],
    ['The city celebrated its Independence Day parade.', 'Independence Day', '07-04'],
    ["Texas's Thanksgiving traffic was heavy.", 'Thanksgiving', '11-2\\d'],
  ])(
    'still reads the US holiday in %j, owned by a city, a brand, a team or a state',
    (text, words, monthDay) => {
      const found = read(text, MARCH).find(([t]) => t === words);
      expect(found?.[1]).toMatch(new RegExp(`^\\d{4}-${monthDay}$`));
    },
  );

  it.each([
    ['Indians celebrated their Independence Day in Delhi.', 'Independence Day'],
    ['The Philippines marked its Independence Day.', 'Independence Day'],
  ])("reads no US day in %j, a country's people or name before its/their", (text, words) => {
    expect(read(text, MARCH).filter(([t]) => t.includes(words))).toEqual([]);
  });

  it.each([
    ['America celebrated its Independence Day with fireworks.', 'Independence Day', '07-04'],
    ["The nation's Independence Day parade was cancelled.", 'Independence Day', '07-04'],
    ['Happy Independence Day, the president wrote.', 'Independence Day', '07-04'],
    ['American Thanksgiving falls late this year.', 'Thanksgiving', '11-27'],
  ])('still reads the US holiday in %j', (text, words, monthDay) => {
    const found = read(text, MARCH).find(([t]) => t === words);
    expect(found?.[1]).toMatch(new RegExp(`^\\d{4}-${monthDay}$`));
  });

  it.each([
    ['Independence Day falls on July 4 as always.', 'Independence Day', '07-04'],
    ['The Christmas Day Parade was cancelled.', 'Christmas Day', '12-25'],
  ])('still reads the holiday in %j', (text, words, monthDay) => {
    const found = read(text, MARCH).find(([t]) => t === words);
    expect(found?.[1]).toMatch(new RegExp(`^\\d{4}-${monthDay}$`));
  });

  it('reads a holiday of the year whose day is written after it', () => {
    const year = MARCH.published.slice(0, 4);
    // The fourth Thursday of November in the publication year is the day written.
    const day = findMentions(`Thanksgiving falls on Nov. 27 this year.`, MARCH);
    expect(day.map((m) => [m.text, m.value])).toContainEqual(['Thanksgiving', `${year}-11-27`]);
  });
});

describe('a holiday that "falls on" a day', () => {
  const DECEMBER = { published: '2026-12-02', locale: 'en-US' } as const;

  it.each([
    ['Christmas falls on a Friday.', 'Christmas', '2026-12-25'],
    ["New Year's Eve falls on a Thursday.", "New Year's Eve", '2026-12-31'],
  ])(
    'reads the holiday in %j as the coming one, the present telling the calendar',
    (text, name, value) => {
      expect(read(text, DECEMBER)).toContainEqual([name, value]);
    },
  );

  it('keeps a holiday that "fell on" a day the one gone by', () => {
    expect(read('Christmas fell on a Friday.', DECEMBER)).toContainEqual([
      'Christmas',
      '2025-12-25',
    ]);
  });
});

describe('a holiday with "this year", "last year" or "next year" in its sentence', () => {
  const JANUARY = { published: '2025-01-15', locale: 'en-US' } as const;

  it.each([
    ['Juneteenth falls on a Friday this year.', 'Juneteenth', '2025-06-19'],
    ['This year, Christmas falls on a Thursday.', 'Christmas', '2025-12-25'],
    ['Halloween was on a Thursday last year.', 'Halloween', '2024-10-31'],
    ['Christmas Day is a Friday next year.', 'Christmas Day', '2026-12-25'],
  ])("reads the holiday in %j as that year's", (text, name, value) => {
    expect(read(text, JANUARY)).toContainEqual([name, value]);
  });

  // Said after the day in its year, so that the tense and the year word give different days.
  it.each([
    ['Christmas sales were weaker than last year.', '2025-12-28', 'Christmas', '2025-12-25'],
    ['Christmas trading was up 4% on last year.', '2025-12-28', 'Christmas', '2025-12-25'],
    ["Christmas spending beat last year's record.", '2025-12-28', 'Christmas', '2025-12-25'],
    [
      'Juneteenth fell on a Thursday, as it did last year.',
      '2025-07-01',
      'Juneteenth',
      '2025-06-19',
    ],
    ['Thanksgiving travel rose from last year.', '2025-12-01', 'Thanksgiving', '2025-11-27'],
  ])(
    'reads the holiday in %j by the tense when the year is compared or in another clause',
    (text, published, name, value) => {
      expect(read(text, { published, locale: 'en-US' })).toContainEqual([name, value]);
    },
  );

  it.each([
    ['Christmas sales this year were weak.', '2025-12-17', 'Christmas', '2025-12-25'],
    [
      'Thanksgiving bookings this year were down, airlines said.',
      '2025-11-10',
      'Thanksgiving',
      '2025-11-27',
    ],
    ['Christmas trading this year was slow.', '2025-12-01', 'Christmas', '2025-12-25'],
  ])(
    'reads the holiday in %j, told in the past with "this year" a month before it at most, as this year\'s: its run-up',
    (text, published, name, value) => {
      expect(read(text, { published, locale: 'en-US' })).toContainEqual([name, value]);
      expect(findTimemlMentions(text, { published, locale: 'en-US' })[0]?.value).toBe(value);
    },
  );

  it('keeps a holiday told in the past with "last year" a week before it on the last one', () => {
    expect(
      read('Christmas was quiet last year.', { published: '2025-12-17', locale: 'en-US' }),
    ).toContainEqual(['Christmas', '2024-12-25']);
  });

  it('reads a holiday told in the past with "this year", said at the year turn, as the one gone by', () => {
    const found = read('Christmas was quiet this year, retailers said.', {
      published: '2026-01-02',
      locale: 'en-US',
    });
    expect(found).toContainEqual(['Christmas', '2025-12-25']);
  });
});

describe('a day written after a fixed-date holiday', () => {
  const MARCH = { published: '2025-03-12', locale: 'en-US' } as const;

  it.each([
    ['Christmas was celebrated on Dec. 25 with a mass.', 'Christmas', 'Dec. 25'],
    ['Halloween was marked on Oct. 31 with parades.', 'Halloween', 'Oct. 31'],
    ['Christmas is on Dec. 25, a Thursday.', 'Christmas', 'Dec. 25'],
  ])('reads the holiday in %j as the day written reads, by the tense', (text, name, day) => {
    const found = new Map(read(text, MARCH));
    expect(found.get(name)).toBeDefined();
    expect(found.get(name)).toBe(found.get(day));
  });

  it.each([
    ['Christmas sales rose 4%, the retailer said on Jan. 8.', 'Christmas'],
    ['New Year’s Eve parties ended early and police made arrests on Jan. 1.', 'New Year’s Eve'],
    ['Thanksgiving travel was heavy, with airlines flying on Dec. 1.', 'Thanksgiving'],
  ])('keeps the holiday in %j, whose day in another clause is not its own', (text, name) => {
    const without = text.replace(/,? [a-z ]+ on [A-Z][a-z]+\. \d+\.$/, '.');
    const alone = new Map(read(without, MARCH)).get(name);
    expect(alone).toBeDefined();
    expect(new Map(read(text, MARCH)).get(name)).toBe(alone);
  });
});

describe('a holiday named with no tense in its sentence', () => {
  const dec30 = { published: '1997-12-30', locale: 'en-US' } as const;

  it("reads 'New Year's Eve' said the day before as the coming one, in both readings", () => {
    const text = "With New Year's Eve just a day away, police say they are ready.";
    expect(read(text, dec30)).toContainEqual(["New Year's Eve", '1997-12-31']);
    expect(
      findTimemlMentions(text, dec30).map((m) => [m.text, m.type, m.value] as const),
    ).toContainEqual(["New Year's Eve", 'DATE', '1997-12-31']);
  });

  it('reads a holiday two weeks or less ahead as the coming one and one further ahead as the last', () => {
    const dec12 = { published: '1997-12-12', locale: 'en-US' } as const;
    expect(read('Christmas shoppers crowd the malls.', dec12)).toEqual([
      ['Christmas', '1997-12-25'],
    ]);
    const nov1 = { published: '1997-11-01', locale: 'en-US' } as const;
    expect(read('Christmas brings the town to a standstill.', nov1)).toEqual([
      ['Christmas', '1996-12-25'],
    ]);
  });

  it('keeps the last holiday when the sentence is in the past tense, however near the next', () => {
    const dec20 = { published: '1997-12-20', locale: 'en-US' } as const;
    expect(read('Christmas sales were strong.', dec20)).toEqual([['Christmas', '1996-12-25']]);
    expect(read("New Year's Eve parties ended early.", dec30)).toEqual([
      ["New Year's Eve", '1996-12-31'],
    ]);
  });
});

describe('a holiday a present perfect of a plan is for', () => {
  const at = (published: string) => ({ published, locale: 'en-US' }) as const;

  it.each([
    [
      "Police have cancelled all leave for New Year's Eve.",
      '2025-12-30',
      "New Year's Eve",
      '2025-12-31',
    ],
    ['Rail firms have added extra trains for Christmas.', '2025-12-20', 'Christmas', '2025-12-25'],
    [
      'The city has already booked fireworks for the Fourth of July.',
      '2025-06-28',
      'the Fourth of July',
      '2025-07-04',
    ],
  ])(
    'reads the holiday in %j, coming within two weeks and nearer than the last, as the coming one',
    (text, published, name, value) => {
      expect(read(text, at(published))).toContainEqual([name, value]);
      expect(findTimemlMentions(text, at(published))[0]?.value).toBe(value);
    },
  );

  it.each([
    // A simple past tells a deed done for the last one when the coming one is more than two
    // weeks off (pastReadyingFor reads it as the coming one nearer).
    [
      "Police cancelled all leave for New Year's Eve.",
      '2025-12-10',
      "New Year's Eve",
      '2024-12-31',
    ],
    // "since" is no plan.
    ['Prices have risen since Christmas.', '2025-12-20', 'Christmas', '2024-12-25'],
    // The last one is the nearer.
    [
      "Police have cancelled all leave for New Year's Eve.",
      '2026-01-05',
      "New Year's Eve",
      '2025-12-31',
    ],
    // The coming one is more than two weeks ahead.
    ['Rail firms have added extra trains for Christmas.', '2025-11-20', 'Christmas', '2024-12-25'],
    // A perfect of apology or blame is for a deed gone by, no plan.
    [
      'The council has apologised for the Christmas Day bin collection fiasco.',
      '2026-12-20',
      'Christmas Day',
      '2025-12-25',
    ],
    [
      "The mayor has apologised for the New Year's Eve chaos in the city centre.",
      '2026-12-28',
      "New Year's Eve",
      '2025-12-31',
    ],
    // Work done on the day, every year: a habit, no plan.
    [
      'Officers have worked overtime for Christmas every year since 2019.',
      '2026-12-22',
      'Christmas',
      '2025-12-25',
    ],
    [
      'Officers have cancelled leave for Christmas every year.',
      '2026-12-22',
      'Christmas',
      '2025-12-25',
    ],
  ])('keeps the holiday in %j on the one gone by', (text, published, name, value) => {
    expect(read(text, at(published))).toContainEqual([name, value]);
    expect(findTimemlMentions(text, at(published))[0]?.value).toBe(value);
  });

  it('reads a number with its comma in the object of the perfect: "Retailers have hired 40,000 seasonal workers for Christmas", said on Dec. 20, is the coming Christmas', () => {
    expect(
      read('Retailers have hired 40,000 seasonal workers for Christmas.', at('2025-12-20')),
    ).toContainEqual(['Christmas', '2025-12-25']);
    // A month ahead is too far: the last one, as before.
    expect(
      read('Retailers have hired 40,000 seasonal workers for Christmas.', at('2025-11-20')),
    ).toContainEqual(['Christmas', '2024-12-25']);
  });
});

describe('a holiday a penalty or blame is for', () => {
  const at = (published: string) => ({ published, locale: 'en-US' }) as const;

  it.each([
    [
      'A man has been jailed for the Christmas Eve stabbing.',
      '2026-12-20',
      'Christmas Eve',
      '2025-12-24',
    ],
    [
      'Two men have been convicted for Boxing Day looting.',
      '2026-12-22',
      'Boxing Day',
      '2025-12-26',
    ],
    [
      'The airline has been fined for the Christmas Day meltdown at Heathrow.',
      '2026-12-15',
      'Christmas Day',
      '2025-12-25',
    ],
  ])(
    "reads the holiday in %j, said before this year's, as last year's: the deed is gone by",
    (text, published, name, value) => {
      expect(read(text, at(published))).toContainEqual([name, value]);
      expect(findTimemlMentions(text, at(published))[0]?.value).toBe(value);
    },
  );

  it.each([
    // A plan for the day, not a penalty for a deed on it.
    [
      'Services have been suspended for Christmas Day.',
      '2026-12-20',
      'Christmas Day',
      '2026-12-25',
    ],
    ['Diners will be charged $100 for Christmas lunch.', '2026-12-15', 'Christmas', '2026-12-25'],
  ])('reads the holiday in %j as the coming one still', (text, published, name, value) => {
    expect(read(text, at(published))).toContainEqual([name, value]);
  });
});

describe("Remembrance Day, the saints' days of Britain and International Women's Day", () => {
  const MARCH_2017 = { published: '2017-03-08', locale: 'en-GB' } as const;
  const at = (published: string) => ({ published, locale: 'en-GB' }) as const;

  it('reads "Remembrance Day 2018" as 11 November 2018 and "Remembrance Day" by the tense', () => {
    expect(read('The commemorations end on Remembrance Day 2018.', MARCH_2017)).toEqual([
      ['Remembrance Day 2018', '2018-11-11'],
    ]);
    expect(read('She laid a wreath on Remembrance Day.', MARCH_2017)).toEqual([
      ['Remembrance Day', '2016-11-11'],
    ]);
  });

  it('reads "St George\'s Day" by the tense, the coming one in a plan', () => {
    expect(read("Parades will be held on St George's Day.", MARCH_2017)).toEqual([
      ["St George's Day", '2017-04-23'],
    ]);
  });

  it('leaves "International Women\'s Day" unread, as TimeBank\'s annotators leave it', () => {
    expect(read("She will be named on International Women's Day.", MARCH_2017)).toEqual([]);
  });

  it('reads no 11 November in "Holocaust Remembrance Day", "Genocide Remembrance Day" or "the Srebrenica Remembrance Day service"', () => {
    expect(
      read('Schools will mark Holocaust Remembrance Day next week.', at('2026-01-20')),
    ).toEqual([['next week', '2026-W05']]);
    expect(read('Armenians marked Genocide Remembrance Day on Friday.', at('2026-04-27'))).toEqual([
      ['on Friday', '2026-04-24'],
    ]);
    expect(
      read('The Srebrenica Remembrance Day service was held on Saturday.', at('2026-07-15')),
    ).toEqual([['on Saturday', '2026-07-11']]);
    expect(read('On Remembrance Day wreaths were laid.', at('2026-11-20'))).toEqual([
      ['Remembrance Day', '2026-11-11'],
    ]);
  });

  it('reads no day in "St Andrew\'s Day Centre", a day centre\'s name, and reads "Saint Andrew\'s Day" as 30 November', () => {
    expect(
      read(
        "Volunteers at St Andrew's Day Centre in Paisley served 200 lunches on Friday.",
        at('2026-06-05'),
      ),
    ).toEqual([['on Friday', '2026-06-05']]);
    expect(read("Ceilidhs will be held on Saint Andrew's Day.", at('2026-11-20'))).toEqual([
      ["Saint Andrew's Day", '2026-11-30'],
    ]);
  });

  it('keeps "Remembrance Sunday" the second Sunday of November', () => {
    expect(read('Veterans marched on Remembrance Sunday.', MARCH_2017)).toEqual([
      ['Remembrance Sunday', '2016-11-13'],
    ]);
  });
});

describe('a holiday a plan told in the past was for', () => {
  const DEC_18 = { published: '2025-12-18', locale: 'en-GB' } as const;

  it('reads the holiday of a plan told in the past as the coming one when it is near', () => {
    expect(read('No trains had been due to run on Boxing Day.', DEC_18)).toEqual([
      ['Boxing Day', '2025-12-26'],
    ]);
    expect(read('The vote had been due to take place on Christmas Eve.', DEC_18)).toEqual([
      ['Christmas Eve', '2025-12-24'],
    ]);
    expect(
      findTimemlMentions('No trains had been due to run on Boxing Day.', DEC_18).map(
        (m) => m.value,
      ),
    ).toEqual(['2025-12-26']);
  });

  it('keeps the holiday gone by of a plan that never came off, and of a record set', () => {
    expect(
      read('The ferry was scheduled to sail on Christmas Day but never did.', {
        published: '2024-12-18',
        locale: 'en-GB',
      }),
    ).toEqual([['Christmas Day', '2023-12-25']]);
    expect(
      read('A sales record was set for Christmas Eve trading, the retailer said.', {
        published: '2024-12-20',
        locale: 'en-GB',
      }),
    ).toEqual([['Christmas Eve', '2023-12-24']]);
    // Near misses: a plan called off before its day, and a match set for a day, stay ahead.
    expect(
      read('The ferry was scheduled to sail on Christmas Day but has been cancelled.', DEC_18),
    ).toEqual([['Christmas Day', '2025-12-25']]);
    expect(read('The match was set for Boxing Day.', DEC_18)).toEqual([
      ['Boxing Day', '2025-12-26'],
    ]);
  });

  it('keeps a holiday gone by after a deed done, and a plan whose holiday is far ahead', () => {
    expect(read('No trains ran on Boxing Day.', DEC_18)).toEqual([['Boxing Day', '2024-12-26']]);
    expect(read('Trains had been due to run on Easter Monday.', DEC_18)).toEqual([
      ['Easter Monday', '2025-04-21'],
    ]);
  });

  it('reads a holiday of a plan told in the past as the nearer one, gone by or to come', () => {
    const on = (published: string) => ({ published, locale: 'en-US' }) as const;
    // Said on Dec. 18, three weeks after it: the Thanksgiving gone by.
    for (const text of [
      'The parade was set to go ahead on Thanksgiving.',
      'The game was scheduled for Thanksgiving.',
    ]) {
      expect(read(text, on('2025-12-18')), text).toEqual([['Thanksgiving', '2025-11-27']]);
      expect(
        findTimemlMentions(text, on('2025-12-18')).map((m) => m.value),
        text,
      ).toEqual(['2025-11-27']);
    }
    // Said on Nov. 1 it is the one to come, nearer than last year's.
    expect(read('The parade was set to go ahead on Thanksgiving.', on('2025-11-01'))).toEqual([
      ['Thanksgiving', '2025-11-27'],
    ]);
    // Near miss: a plan told in the future keeps the one to come, however far.
    expect(read('The parade will go ahead on Thanksgiving.', on('2025-12-18'))).toEqual([
      ['Thanksgiving', '2026-11-26'],
    ]);
  });
});

describe('moveable feasts of lunisolar calendars', () => {
  const dec20 = { published: '2024-12-20', locale: 'en-US' } as const;

  it('reads Lunar New Year and Chinese New Year by tense, as other holidays are', () => {
    expect(read('Families will gather for Lunar New Year.', dec20)).toEqual([
      ['Lunar New Year', '2025-01-29'],
    ]);
    expect(read('Chinese New Year crowds filled the temples.', dec20)).toEqual([
      ['Chinese New Year', '2024-02-10'],
    ]);
    expect(read("Families dined together on Lunar New Year's Eve.", dec20)).toEqual([
      ["Lunar New Year's Eve", '2024-02-09'],
    ]);
  });

  it('reads a feast whose travel rush is told in the present as the nearer feast, however far ahead', () => {
    const bracing = 'Airlines are bracing for the Lunar New Year travel rush.';
    expect(read(bracing, dec20)).toEqual([['Lunar New Year', '2025-01-29']]);
    expect(findTimemlMentions(bracing, dec20).map((m) => m.value)).toEqual(['2025-01-29']);
    expect(read('Millions are on the move in the Chinese New Year getaway.', dec20)).toEqual([
      ['Chinese New Year', '2025-01-29'],
    ]);
    // Ten days after the feast, the rush home is the one of the feast just gone.
    const feb20 = { published: '2024-02-20', locale: 'en-US' } as const;
    expect(read('Trains are full in the Lunar New Year travel rush.', feb20)).toEqual([
      ['Lunar New Year', '2024-02-10'],
    ]);
  });

  it('leaves a travel rush told in the past, and a feast with no rush after it, to the tense', () => {
    expect(read('The Lunar New Year travel rush ended with record numbers.', dec20)).toEqual([
      ['Lunar New Year', '2024-02-10'],
    ]);
    expect(read('Families gather for Lunar New Year.', dec20)).toEqual([
      ['Lunar New Year', '2024-02-10'],
    ]);
  });

  it('reads Hanukkah as its first day, in both readings', () => {
    const text = 'Hanukkah starts next week.';
    expect(read(text, dec20)).toContainEqual(['Hanukkah', '2024-12-26']);
    expect(
      findTimemlMentions(text, dec20).map((m) => [m.text, m.type, m.value] as const),
    ).toContainEqual(['Hanukkah', 'DATE', '2024-12-26']);
  });

  it('leaves Eid and Diwali unread, whose day a moon sighting or an almanac sets, and a thing of the feast', () => {
    expect(read('Families gathered for Eid al-Fitr.', dec20)).toEqual([]);
    expect(read('Shops were busy before Diwali.', dec20)).toEqual([]);
    expect(read('Hanukkah candles were sold out.', dec20)).toEqual([]);
    expect(read("The new year's budget was set.", dec20)).toEqual([]);
  });
});

describe('holidays put in a year or told to be under way', () => {
  const on = (published: string) => ({ published, locale: 'en-US' }) as const;

  it('reads "During Hanukkah, which ends Thursday, the menorah is lit nightly." as the Hanukkah under way', () => {
    const text = 'During Hanukkah, which ends Thursday, the menorah is lit nightly.';
    expect(read(text, on('2024-12-30'))).toContainEqual(['Hanukkah', '2024-12-26']);
    // So any feast: Christmas told to run on is the one gone by.
    expect(
      read('During Christmas, which runs through Jan. 6, shops stay open.', on('2024-12-30')),
    ).toContainEqual(['Christmas', '2024-12-25']);
    // Near miss: a feast told to start is still the coming one.
    expect(
      read('Hanukkah, which starts Wednesday, draws crowds.', on('2024-12-20')),
    ).toContainEqual(['Hanukkah', '2024-12-26']);
  });

  it('reads "Lunar New Year in 2020 was overshadowed by the virus." as the Lunar New Year of 2020', () => {
    const march = on('2024-03-10');
    expect(read('Lunar New Year in 2020 was overshadowed by the virus.', march)).toEqual([
      ['Lunar New Year', '2020-01-25'],
      ['2020', '2020'],
    ]);
    expect(read('Lunar New Year of 2020 was overshadowed by the virus.', march)).toContainEqual([
      'Lunar New Year',
      '2020-01-25',
    ]);
    expect(read('Christmas in 2020 was overshadowed by the virus.', march)).toContainEqual([
      'Christmas',
      '2020-12-25',
    ]);
    expect(read('They spent Easter in Rome in 2019.', march)).toContainEqual([
      'Easter',
      toCalendarDate(easterSunday(2019)),
    ]);
    // Near misses: a year said of something else in the sentence, a figure counting a plural, a
    // year before the rule held (read alone).
    expect(read('Christmas in Paris was lovely, she said in 2019.', march)).toContainEqual([
      'Christmas',
      '2023-12-25',
    ]);
    expect(read('Volunteers cooked for Christmas in 2000 homes.', march)).toContainEqual([
      'Christmas',
      '2023-12-25',
    ]);
    expect(read('Memorial Day in 1968 was somber.', march)).toEqual([['1968', '1968']]);
  });

  it('reads "Tet and Lunar New Year fall in February." as the coming Lunar New Year', () => {
    const jan = on('2026-01-05');
    expect(read('Tet and Lunar New Year fall in February.', jan)).toContainEqual([
      'Lunar New Year',
      '2026-02-17',
    ]);
    expect(read('Lunar New Year falls in February.', jan)).toContainEqual([
      'Lunar New Year',
      '2026-02-17',
    ]);
    expect(read('Passover and Easter fall on the same weekend.', on('2026-03-05'))).toContainEqual([
      'Easter',
      toCalendarDate(easterSunday(2026)),
    ]);
    // Near misses: told in the past, or "fall" with no name joined before the holiday.
    expect(read('Tet and Lunar New Year fell in February.', jan)).toContainEqual([
      'Lunar New Year',
      '2025-01-29',
    ]);
    expect(read('Sales over Easter fall in most years.', on('2026-03-05'))).toContainEqual([
      'Easter',
      toCalendarDate(easterSunday(2025)),
    ]);
  });

  it('reads "She recalled a Hanukkah spent in Warsaw in 1938." as the Hanukkah of 1938', () => {
    const june = on('2025-06-10');
    expect(read('She recalled a Hanukkah spent in Warsaw in 1938.', june)).toContainEqual([
      'Hanukkah',
      '1938-12-18',
    ]);
    expect(read('She recalled a Christmas spent in Warsaw in 1938.', june)).toContainEqual([
      'Christmas',
      '1938-12-25',
    ]);
    // Near miss: the year in the next clause says nothing of the holiday.
    expect(
      read('She recalled a Christmas spent in Warsaw, and in 1938 she left.', june),
    ).toContainEqual(['Christmas', '2024-12-25']);
  });
});

describe('a holiday that names a break someone comes back from', () => {
  it("reads 'returns from its July Fourth recess' as the Fourth just gone, not next year's", () => {
    const july6 = { published: '2023-07-06', locale: 'en-US' } as const;
    expect(read('Congress returns from its July Fourth recess on Tuesday.', july6)).toEqual([
      ['July Fourth', '2023-07-04'],
      ['on Tuesday', '2023-07-11'],
    ]);
    const jan3 = { published: '2023-01-03', locale: 'en-US' } as const;
    expect(read('Lawmakers come back from the Christmas break next week.', jan3)).toContainEqual([
      'Christmas',
      '2022-12-25',
    ]);
  });

  it('reads the coming feast when the break has begun but the feast is still ahead', () => {
    const nov22 = { published: '2023-11-22', locale: 'en-US' } as const;
    expect(read('Students will return from Thanksgiving break on Monday.', nov22)).toContainEqual([
      'Thanksgiving',
      '2023-11-23',
    ]);
  });

  it('does not read the nearest feast for a break one leaves for, or with no break after it', () => {
    const july6 = { published: '2023-07-06', locale: 'en-US' } as const;
    expect(read('Congress will break for its July Fourth recess next year.', july6)).toContainEqual(
      ['July Fourth', '2024-07-04'],
    );
    const jan3 = { published: '2023-01-03', locale: 'en-US' } as const;
    expect(read('Proceeds from the Christmas appeal will fund the shelter.', jan3)).toEqual([
      ['Christmas', '2023-12-25'],
    ]);
  });
});

describe('a feast named with a break that is not one come back from now', () => {
  it("reads 'sales from the Christmas holiday season' as the coming Christmas", () => {
    const may10 = { published: '2013-05-10', locale: 'en-US' } as const;
    expect(
      read('Toymakers are counting on sales from the Christmas holiday season.', may10),
    ).toEqual([['Christmas', '2013-12-25']]);
  });

  it("reads 'will vote when it returns from its Thanksgiving recess' said in March as the coming one", () => {
    const mar1 = { published: '2013-03-01', locale: 'en-US' } as const;
    expect(
      read('Congress will vote on the bill when it returns from its Thanksgiving recess.', mar1),
    ).toEqual([['Thanksgiving', '2013-11-28']]);
  });

  it('still reads a break come back from in the present as the nearer feast', () => {
    const dec2 = { published: '2013-12-02', locale: 'en-US' } as const;
    expect(read('Congress returns from the Thanksgiving break today.', dec2)).toContainEqual([
      'Thanksgiving',
      '2013-11-28',
    ]);
  });
});

describe('bank holidays named by their season', () => {
  const AUGUST = { published: '2025-08-20', locale: 'en-GB' } as const;
  const MAY = { published: '2025-04-30', locale: 'en-GB' } as const;

  it.each([
    ['The August bank holiday is expected to be wet.', 'August bank holiday', '2025-08-25'],
    ['The summer bank holiday Monday will be busy.', 'summer bank holiday Monday', '2025-08-25'],
    [
      'Motorists should set off early for the August bank holiday weekend.',
      'August bank holiday weekend',
      '2025-W34-WE',
    ],
  ])('reads "%s" as its day in late August', (text, words, value) => {
    expect(read(text, AUGUST)).toEqual([[words, value]]);
    expect(findTimemlMentions(text, AUGUST).map((m) => [m.text, m.value])).toEqual([
      [words, value],
    ]);
  });

  it('reads the early May and the spring bank holidays as the first and last Mondays of May', () => {
    expect(read('The early May bank holiday is on its way.', MAY)).toEqual([
      ['early May bank holiday', '2025-05-05'],
    ]);
    expect(read('No trains will run over the spring bank holiday weekend.', MAY)).toEqual([
      ['spring bank holiday weekend', '2025-W21-WE'],
    ]);
  });

  it('leaves a season with no bank holiday after it to the season', () => {
    expect(read('Roads were quiet in the spring.', MAY)).toEqual([['the spring', '2025-SP']]);
  });
});

describe('the Good Friday peace accord, a name', () => {
  // A Sunday.
  const OCT_18_1998 = { published: '1998-10-18', locale: 'en-US' } as const;
  it('reads no day in "Blair helped broker the Good Friday peace accord", said on 18 October 1998', () => {
    const text =
      'Blair, who helped broker the Good Friday peace accord, declined to comment on Saturday.';
    expect(findMentions(text, OCT_18_1998).map((m) => m.value)).toEqual(['1998-10-17']);
    expect(findTimemlMentions(text, OCT_18_1998).map((m) => m.value)).toEqual(['1998-10-17']);
  });

  it('still reads "on Good Friday peace talks resumed", said on 18 October 1998, as Good Friday', () => {
    expect(
      findTimemlMentions(
        'Peace talks resumed on Good Friday, a peace accord within reach.',
        OCT_18_1998,
      ).map((m) => m.value),
    ).toEqual(['1998-04-10']);
  });
});

describe('Saint Patrick’s Day spelt out', () => {
  it('reads "on this Saint Patrick\'s Day, the Irish prime minister is at the White House", said on 17 March 1998, as 1998-03-17', () => {
    const at = { published: '1998-03-17', locale: 'en-US' } as const;
    expect(
      read('on this Saint Patrick’s Day, the Irish prime minister is at the White House.', at),
    ).toEqual([['this Saint Patrick’s Day', '1998-03-17']]);
  });

  it('reads no day in "the Saint Patrick Cathedral choir"', () => {
    const at = { published: '1998-03-17', locale: 'en-US' } as const;
    expect(read('the Saint Patrick Cathedral choir sang.', at)).toEqual([]);
  });
});

describe("a bank's Christmas Club", () => {
  // Monday 18 December 1989.
  const DEC_1989 = { published: '1989-12-18', locale: 'en-US' } as const;
  const timeml = (text: string) => findTimemlMentions(text, DEC_1989).map((m) => m.value);

  it.each([
    'Many banks have dropped their Christmas Club accounts.',
    'Savers once opened a Christmas Club at the local bank.',
  ])('reads no day in %j, said on 18 December 1989, in both readings', (text) => {
    expect(read(text, DEC_1989)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it('still reads "The savings club will close for Christmas", said on 18 December 1989, as 1989-12-25', () => {
    const text = 'The savings club will close for Christmas.';
    expect(read(text, DEC_1989)).toEqual([['Christmas', '1989-12-25']]);
    expect(timeml(text)).toEqual(['1989-12-25']);
  });
});

describe("a retailer's Christmas catalogs", () => {
  // Monday 13 November 1989.
  const NOV_1989 = { published: '1989-11-13', locale: 'en-US' } as const;
  const timeml = (text: string) => findTimemlMentions(text, NOV_1989).map((m) => m.value);

  it.each([
    'Christmas catalogs have flooded the mail.',
    'The retailer mailed its Christmas catalog in September.',
  ])('reads no Christmas in %j, said on 13 November 1989, in both readings', (text) => {
    expect(read(text, NOV_1989).filter(([t]) => t === 'Christmas')).toEqual([]);
    expect(timeml(text).filter((v) => v.endsWith('-12-25'))).toEqual([]);
  });

  it('still reads "Christmas sales are expected to be weak", said on 13 November 1989, as 1989-12-25', () => {
    const text = 'Christmas sales are expected to be weak.';
    expect(read(text, NOV_1989)).toEqual([['Christmas', '1989-12-25']]);
    expect(timeml(text)).toEqual(['1989-12-25']);
  });
});
