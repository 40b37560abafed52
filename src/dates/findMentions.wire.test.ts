import { addDays, addWeeks, format, parseISO, previousSaturday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { toCalendarDate } from './calendarDate.ts';

// Wednesday 12 March 2025 unless a test gives another day.
const PUBLISHED = '2025-03-12';

const news = (text: string, published = PUBLISHED) =>
  findMentions(text, { published, locale: 'en-US' });
const timeml = (text: string, published = PUBLISHED) =>
  findTimemlMentions(text, { published, locale: 'en-US' });

describe('a count after "in" told in the past', () => {
  it.each([
    ['The index rose 5% in a week.', 'a week'],
    ['Prices have doubled in two years.', 'two years'],
    ['It was the hottest day in 50 years.', '50 years'],
    ['The console sold 2,050 units in a day.', 'a day'],
  ])('reads %j as how long it took, a duration, not a date ahead', (text, words) => {
    for (const found of [news(text), timeml(text)]) {
      expect(found).toEqual([expect.objectContaining({ text: words, type: 'DURATION' })]);
    }
  });

  it.each([
    ['Today is the hottest day in 50 years.', '50 years'],
    ['Gold is up 20% in six months.', 'six months'],
    ['It was the warmest winter in 30 years.', '30 years'],
    ['It was the first time in 20 years.', '20 years'],
    ['Shares fell 3% in a month.', 'a month'],
  ])('reads %j, a superlative or a change before the count, as a duration', (text, words) => {
    expect(news(text)).toContainEqual(expect.objectContaining({ text: words, type: 'DURATION' }));
  });

  it.each([
    ['The court ruled that he must leave the country in 30 days.', 'in 30 days'],
    ['The tenant was ordered to vacate in 30 days.', 'in 30 days'],
    ['He was given an ultimatum to leave in 48 hours.', 'in 48 hours'],
    ['The pilot was told to land in 20 minutes.', 'in 20 minutes'],
    ['Officials said the vote was to take place in two weeks.', 'in two weeks'],
    ['The lawyer said a ruling was expected in two weeks.', 'in two weeks'],
    ['Ukraine said it hoped to reach the border in a month.', 'in a month'],
    ['Doctors said he was likely to recover in a month.', 'in a month'],
    ['The company said it is closing the plant in two years.', 'in two years'],
    ['He was released on bail and must appear in court in two weeks.', 'in two weeks'],
    ['The law passed in 2023 comes into force in two years.', 'in two years'],
    ['The report, published on Monday, warned that reserves run dry in 10 years.', 'in 10 years'],
    ['Officials said the bridge reopens in two weeks.', 'in two weeks'],
    ['Sales were expected to rise 5% in a year.', 'in a year'],
  ])('reads %j, a plan or deadline in a past clause, as a date ahead', (text, words) => {
    // TimeML gives every "in" + count as its length, so only the news reading is a date.
    const m = news(text).find((f) => f.text === words);
    expect(m).toMatchObject({ type: 'DATE' });
    expect(m!.value >= PUBLISHED.slice(0, m!.value.length)).toBe(true);
  });

  it.each([
    ['The snowstorm dumped 2 feet of snow in 48 hours.', '48 hours'],
    ['The storm dropped 10 inches of rain in six hours.', 'six hours'],
    ['The city recorded 14 inches of snow in 24 hours, a record.', '24 hours'],
    ['The team scored three goals in 10 minutes.', '10 minutes'],
    ['The storm dropped a foot of rain in 12 hours.', '12 hours'],
    ['Prices jumped 30 cents a gallon in two weeks.', 'two weeks'],
    ['The quake struck twice in 10 minutes.', '10 minutes'],
  ])('reads %j, a measured or counted amount in the past, as how long it took', (text, words) => {
    expect(news(text)).toEqual([expect.objectContaining({ text: words, type: 'DURATION' })]);
  });

  it.each([
    ['The Fed cut rates twice in six months.', 'six months'],
    ['The board met three times in two weeks.', 'two weeks'],
    ['The bank will raise rates twice in a year.', 'a year'],
    ['About 200 jobs were cut in two years.', 'two years'],
    ['Rates had been cut three times in a year.', 'a year'],
    ['The show sold out in 35 minutes.', '35 minutes'],
    ['The crowd broke up in an hour.', 'an hour'],
    ['The region has not seen such drought in 1,200 years.', '1,200 years'],
    ["The club hasn't won the league in 30 years.", '30 years'],
    ['Nothing like it has happened in a decade.', 'a decade'],
    ['No team had won there in 40 years.', '40 years'],
  ])(
    'reads %j, a count of times, a denied perfect, a past passive or a past verb and particle, as a length',
    (text, words) => {
      expect(news(text)).toEqual([expect.objectContaining({ text: words, type: 'DURATION' })]);
    },
  );

  it.each([
    ['Rates were cut in two years.', 'two years'],
    ['The plant was closed in six months.', 'six months'],
    ['Prices had been slashed in a week.', 'a week'],
    ['The backlog was cleared in a fortnight.', 'a fortnight'],
    ['Output was hit in three months of strikes.', 'three months'],
    ['Output will be hit in three months of strikes.', 'three months'],
  ])(
    'reads %j, a past passive with no figure or a count of something, as a length, whole',
    (text, words) => {
      expect(news(text)).toEqual([expect.objectContaining({ text: words, type: 'DURATION' })]);
    },
  );

  it.each([
    ['He said the plant would be closed in two years.', 'in two years'],
    ['The plant is to be closed in two years.', 'in two years'],
    ['The plant was expected to close in two years.', 'in two years'],
    ['The mine will be shut in three months.', 'in three months'],
  ])('still reads %j, a passive to come, as a date ahead', (text, words) => {
    expect(news(text)).toContainEqual(expect.objectContaining({ text: words, type: 'DATE' }));
  });

  it.each([
    ['The vote is in two days.', 'in two days'],
    ['The plant will be shut in two years.', 'in two years'],
    ['Talks resume in a week.', 'in a week'],
    ['The club has not said whether it will play in two weeks.', 'in two weeks'],
    ['The Fed has not ruled out a rate hike in two months.', 'in two months'],
    ['Officials have not ruled out new elections in six months.', 'in six months'],
  ])(
    'still reads %j, a present, a future or a thing not ruled out, as a date ahead',
    (text, words) => {
      expect(news(text)).toContainEqual(expect.objectContaining({ text: words, type: 'DATE' }));
    },
  );

  // The week or day the count ahead of publication falls in.
  const weeksOn = (published: string, weeks: number) =>
    format(addWeeks(parseISO(published), weeks), "RRRR-'W'II");
  const daysOn = (published: string, days: number) =>
    format(addDays(parseISO(published), days), 'yyyy-MM-dd');

  it.each([
    [
      'Hamas freed three hostages on Saturday, with three more in a week.',
      PUBLISHED,
      weeksOn(PUBLISHED, 1),
    ],
    [
      'Two inspectors arrived Monday and two more follow in a week.',
      PUBLISHED,
      weeksOn(PUBLISHED, 1),
    ],
    [
      'The first two flights left Monday; two more leave in a week.',
      PUBLISHED,
      weeksOn(PUBLISHED, 1),
    ],
    [
      'The president signed two bills Monday and promised two more in two weeks.',
      PUBLISHED,
      weeksOn(PUBLISHED, 2),
    ],
    [
      'Ten hostages were released Sunday, with four more in a week.',
      '2025-12-30',
      weeksOn('2025-12-30', 1),
    ],
    [
      'Four hostages were freed Saturday, and another three in seven days, under the deal.',
      '2025-12-30',
      daysOn('2025-12-30', 7),
    ],
  ])('reads %j, more of a count to come, as a date ahead', (text, published, value) => {
    const m = news(text, published).find((f) => f.text.startsWith('in '));
    expect(m).toMatchObject({ type: 'DATE', value });
  });

  it.each([
    ['Five people were killed in 24 hours.', '24 hours'],
    ['Three people died in two days.', 'two days'],
    ['Two tornadoes touched down in 30 minutes.', '30 minutes'],
    ['Police said 40 protesters had been arrested in two days.', 'two days'],
  ])('reads %j, a count that happened in the past, as how long it took', (text, words) => {
    expect(news(text)).toEqual([expect.objectContaining({ text: words, type: 'DURATION' })]);
  });

  it.each([
    ['The vote is in two days.', 'in two days', daysOn(PUBLISHED, 2)],
    ['He will return in 24 hours.', 'in 24 hours', daysOn(PUBLISHED, 1)],
    ['Three people will be tried in two weeks.', 'in two weeks', weeksOn(PUBLISHED, 2)],
  ])('still reads %j, a count to come, as a date ahead', (text, words, value) => {
    expect(news(text)).toContainEqual(expect.objectContaining({ text: words, value }));
  });

  it('reads no count in a name written with a capital inside the sentence', () => {
    const [m] = news('The Fantastic Four opened in two weeks.');
    expect(m).toMatchObject({ text: 'in two weeks', type: 'DATE' });
  });

  it.each([
    ['The mayor pledged two new bridges in five years.', 'years', 5],
    ['Officials vowed two new plants in three years.', 'years', 3],
    ['Four people were sentenced, one in two weeks’ time.', 'weeks', 2],
  ])('reads %j, a promise or a time to come, as a date ahead', (text, unit, amount) => {
    const m = news(text, '2025-12-28').find((f) => f.text.startsWith('in '));
    expect(m).toMatchObject({ type: 'DATE' });
    const ahead = unit === 'weeks' ? weeksOn('2025-12-28', amount) : String(2025 + amount);
    expect(m!.value).toBe(ahead);
  });

  it('still reads a count after "in" that a reported clause puts ahead as a date', () => {
    const [m] = news('Officials said the bridge will reopen in two weeks.');
    expect(m).toMatchObject({ text: 'in two weeks', type: 'DATE' });
  });
});

describe('an uncounted span after "within"', () => {
  it.each([
    ['Temperatures could hit 40C within days.', 'Temperatures stayed above 40C for days.', 'days'],
    ['The ceasefire could collapse within weeks.', 'The ceasefire held for weeks.', 'weeks'],
  ])('reads %j as a duration, as the same unit after "for" is', (within, lasted, words) => {
    const [span] = news(lasted);
    expect(span).toMatchObject({ text: words, type: 'DURATION' });
    expect(news(within)).toEqual([
      expect.objectContaining({ text: words, type: 'DURATION', value: span!.value }),
    ]);
  });
});

describe('a quarter counted after "a" or "another"', () => {
  it.each([
    'The firm posted a loss for a second quarter.',
    'Growth slowed for another third quarter in a row.',
    'Rents rose for a fourth quarter running.',
    'The economy grew 2% in a second quarter.',
  ])('leaves %j, a count of quarters, unread, neither a quarter nor a moment', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each([
    'He was elected for a second term.',
    'Prices rose for a third straight week.',
    'He won for another fourth time.',
  ])('leaves %j, an ordinal counting a noun, unread as a moment at noon', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it('still reads "a second-quarter loss" as the loss of the second quarter', () => {
    const [quarter] = news('The firm posted a second-quarter loss.');
    const [named] = news('The firm posted a loss in the second quarter.');
    expect(quarter).toMatchObject({ text: 'second-quarter', value: named!.value });
  });
});

describe('a year’s hundreds with an s', () => {
  it.each([
    ['The company was founded in the 1800s.', 'the 1800s', 1800, undefined],
    ['The company was founded in the late 1800s.', 'the late 1800s', 1800, 'END'],
    ['The house dates from the early 1900s.', 'the early 1900s', 1900, 'START'],
  ])('reads %j as the hundred years, not their first decade', (text, words, first, mod) => {
    const [m] = news(text);
    expect(m).toMatchObject({ text: words, value: `${first}/${first + 99}` });
    expect(m!.mod).toBe(mod);
  });

  it('still reads "the 2000s" as the decade', () => {
    expect(news('Prices were lower in the 2000s.')).toEqual([
      expect.objectContaining({ text: 'the 2000s', granularity: 'decade' }),
    ]);
  });
});

describe('two years joined by a dash opening a sentence', () => {
  it.each([
    ['The 2024-25 budget was approved in June.', 'the 2024-25 budget was approved in June.'],
    ['Its 2023-2027 plan was shelved.', 'the 2023-2027 plan was shelved.'],
  ])(
    'reads %j as the stretch of years, as in mid-sentence, not a life after a name',
    (opening, inside) => {
      const [years] = news(`Officials said ${inside}`);
      expect(years).toMatchObject({ type: 'DATE', granularity: 'span' });
      expect(news(opening)[0]).toMatchObject({ value: years!.value, granularity: 'span' });
    },
  );

  it('still reads years after a name as a life', () => {
    expect(news('Rosa Parks 1913-2005 was honoured.')).toEqual([]);
  });
});

describe('a holiday’s weekend said during it', () => {
  it.each([
    ['Traffic is heavy on the Labor Day weekend.', '2025-08-30'],
    ['Labor Day weekend traffic was light.', '2025-08-30'],
    ['The Labor Day weekend kicks off on Saturday.', '2025-08-30'],
    ['Labor Day weekend traffic was light.', '2025-09-01'],
    ['Police are out in force over the Easter weekend.', '2025-04-19'],
  ])('reads %j, published on %s, as that weekend whatever the tense', (text, published) => {
    // Published on the Saturday or the Monday ending it: the weekend of the ISO week of its
    // Saturday.
    const saturday = previousSaturday(addDays(parseISO(published), 1));
    const [weekend] = news(text, published);
    expect(weekend).toMatchObject({ value: `${format(saturday, "RRRR-'W'II")}-WE` });
  });
});

describe('fiscal years written "FY"', () => {
  it.each([
    ['FY25 revenue came in at $4.2 billion.', 'FY25', 2025],
    ['The company lifted its FY2026 outlook.', 'FY2026', 2026],
    ['FY 2024 sales rose 9%.', 'FY 2024', 2024],
    ["The FY'26 budget was approved.", "FY'26", 2026],
  ])('reads %j as the year it names', (text, words, year) => {
    for (const found of [news(text), timeml(text)]) {
      expect(found).toContainEqual(
        expect.objectContaining({ text: words, type: 'DATE', value: String(year) }),
      );
    }
  });

  it('reads a fiscal year of two digits in the century that keeps it near publication', () => {
    const published = '2001-06-01';
    const read = (digits: string) => news(`FY${digits} profit doubled.`, published)[0]?.value;
    expect(read('99')).toBe(String(Number(published.slice(0, 4)) - 2));
    expect(read('02')).toBe(String(Number(published.slice(0, 4)) + 1));
  });

  it('reads a fiscal year of two digits after a century turn near publication as the new century', () => {
    const published = '1998-11-20';
    const year = Number(published.slice(0, 4));
    const read = (text: string) => news(text, published).find((m) => /FY/.test(m.text))?.value;
    expect(read('FY00 revenue is forecast to rise.')).toBe(String(year + 2));
    expect(read('The FY01 budget request goes to Congress in February.')).toBe(String(year + 3));
    expect(read('Q1 FY00 results are due in January.')).toBe(`${year + 2}-Q1`);
  });

  it.each([
    ['Late FY99 the agency will merge.', 'Late FY99', 'END'],
    ['Early FY26 savings are planned.', 'Early FY26', 'START'],
  ])('reads the capitalised modifier of %j with the fiscal year', (text, words, mod) => {
    const fiscal = words.split(' ')[1]!;
    const [year] = news(`The ${fiscal} budget was approved.`);
    expect(year, fiscal).toBeDefined();
    expect(news(text)).toContainEqual(
      expect.objectContaining({ text: words, value: year!.value, mod }),
    );
  });

  it('reads no year in "FY" and a spaced number of four digits outside 1900-2099', () => {
    expect(news('The FY 1000 cc engine is loud.')).toEqual([]);
    expect(news('FY 1999 sales rose.')).toContainEqual(
      expect.objectContaining({ text: 'FY 1999', value: '1999' }),
    );
  });

  it('reads no fiscal year written small', () => {
    expect(news('Late fy25 the agency will merge.')).toEqual([]);
  });

  it('reads a quarter before a fiscal year as that quarter of the year', () => {
    expect(news("The company's Q3 FY25 results beat forecasts.")).toContainEqual(
      expect.objectContaining({ text: 'Q3 FY25', value: '2025-Q3' }),
    );
  });

  it.each(['FYI, the office is closed.', 'The FY figures are out.', 'Sales hit FY2 targets.'])(
    'reads no year in %j',
    (text) => {
      expect(news(text)).toEqual([]);
    },
  );
});

describe('"end-" before a month or a year', () => {
  it.each([
    ['Payments are due end-March.', 'end-March', 'Payments are due in March.', 'March'],
    [
      'Debt will fall below $10 billion by end-2026.',
      'end-2026',
      'Debt will fall by 2026.',
      '2026',
    ],
    [
      'Reserves stood at $40 billion at end-June.',
      'end-June',
      'Reserves stood at $40 billion in June.',
      'June',
    ],
  ])('reads %j as the end of what follows', (text, words, plain, plainWords) => {
    const period = news(plain).find((m) => m.text.endsWith(plainWords));
    expect(period, plain).toBeDefined();
    expect(news(text)).toContainEqual(
      expect.objectContaining({ text: words, value: period!.value, mod: 'END' }),
    );
  });
});

describe('a half year without its year, before what a business reports', () => {
  const halfOf = (published: string, half: number, shift = 0) =>
    `${Number(published.slice(0, 4)) + shift}-H${half}`;

  it.each([
    ['First-half profit doubled.', 'First-half', '2025-08-14', 1, 0],
    ['First-half profits rose, the bank said.', 'First-half', '2026-01-08', 1, -1],
    ['Second-half sales slowed, the retailer said.', 'Second-half', '2025-06-30', 2, -1],
    ['The group expects second-half margins to widen.', 'second-half', '2025-03-12', 2, 0],
    ['H2 revenue is expected to improve.', 'H2', '2025-03-12', 2, 0],
    ['The company expects a first-half loss.', 'first-half', '2025-07-20', 1, 0],
    ['H1 earnings will be weak.', 'H1', '2025-09-30', 1, 1],
  ])('reads %j as a half of the year the tense gives', (text, words, published, half, shift) => {
    expect(news(text, published)).toContainEqual(
      expect.objectContaining({ text: words, type: 'DATE', value: halfOf(published, half, shift) }),
    );
  });

  it.each([
    ['Revenue for the first half rose 8% to £2.1bn.', '2019-07-30', 1, 0],
    ['The company expects sales to recover in the second half.', '2025-03-12', 2, 0],
    ['Profits fell 5% in the second half, the bank said.', '2025-02-20', 2, -1],
    ['Revenue for the first half rose 8% to £2.1bn.', '2026-01-08', 1, -1],
    ['Growth will slow in the second half, the company said.', '2026-01-08', 2, 0],
    ['The company expects sales to recover in the second half.', '2026-01-20', 2, 0],
    ['The company expects to post a loss in the first half.', '2025-07-20', 1, 0],
    ['The bank will report a loss in the first half, it warned.', '2025-07-20', 1, 0],
  ])(
    'reads "the first half" or "the second half" in %j of results as a half of the year',
    (text, published, half, shift) => {
      const words = /the (?:first|second) half/.exec(text)![0];
      expect(news(text, published)).toContainEqual(
        expect.objectContaining({
          text: words,
          type: 'DATE',
          value: halfOf(published, half, shift),
        }),
      );
    },
  );

  it.each([
    'Kane scored twice in the first half.',
    'The visitors led 2-0 in the first half but the home side found a goal in the second half.',
    'Profits from the match were spent in the second half of the decade.',
    "In the second half, Smith's side improved; their growth as a team is obvious.",
    "The team's results in the first half were poor but they rallied after the interval.",
    "The Bears' offensive production dried up in the second half.",
    'The loss was sealed in the second half when City conceded twice.',
  ])('reads no bare half year in %j, which reports no results', (text) => {
    expect(news(text).filter((m) => /^the (?:first|second) half$/.test(m.text))).toEqual([]);
  });

  it.each([
    'Sales surged in the first half hour of the Black Friday event.',
    'Orders poured in during the first half hour after launch.',
  ])('reads no half year in %j, where a noun after "half" says what it is half of', (text) => {
    expect(news(text).filter((m) => /^the (?:first|second) half$/.test(m.text))).toEqual([]);
  });

  it.each([
    'He scored a second-half goal.',
    'A first-half penalty decided it.',
    'H2 fuel cells are costly.',
  ])('reads no half year in %j', (text) => {
    expect(news(text)).toEqual([]);
  });

  it.each([
    'Their second-half performance improved after the break.',
    "The striker's second-half performance won the game.",
    "The team's first-half output was dismal.",
    'The first-half outlook was bleak for the visitors.',
  ])('reads no half year in the football report %j', (text) => {
    expect(news(text)).toEqual([]);
  });

  it.each([
    'H2 production of hydrogen rose.',
    'Makers expect H2 demand to triple by 2030.',
    'The electrolyser raised H2 output by a third.',
    'Hydrogen makers expect H2 revenue to double.',
  ])('reads no half year in %j, where H2 is hydrogen', (text) => {
    expect(news(text).filter((m) => m.text.includes('H2'))).toEqual([]);
  });
});

describe('the year to date', () => {
  it.each(['Sales rose 5 percent year to date.', 'Year-to-date sales rose 5 percent.'])(
    'reads %j as the stretch from the year start to publication, in TimeML the year',
    (text) => {
      const year = PUBLISHED.slice(0, 4);
      expect(news(text)).toEqual([
        expect.objectContaining({ type: 'DATE', value: `${year}-01-01/${PUBLISHED}` }),
      ]);
      expect(timeml(text)).toEqual([expect.objectContaining({ type: 'DATE', value: year })]);
    },
  );

  it.each([
    "This has been the company's best year to date.",
    `${Number(PUBLISHED.slice(0, 4)) - 1} was the hottest year to date.`,
    "It was the fund's second-best year to date.",
    `The fund's ${Number(PUBLISHED.slice(0, 4)) - 1} year-to-date return was 12 percent.`,
    `In ${Number(PUBLISHED.slice(0, 4)) - 2}, its year-to-date gains were small.`,
  ])('reads no stretch up to publication in %j, a ranking of years or a year written', (text) => {
    const toDate = (m: { text: string }) => /to[- ]date/i.test(m.text);
    expect(news(text).filter(toDate)).toEqual([]);
    expect(timeml(text).filter(toDate)).toEqual([]);
  });

  it('still reads the year to date beside a written publication year', () => {
    const year = PUBLISHED.slice(0, 4);
    expect(news(`Sales in ${year} rose 5 percent year to date.`)).toContainEqual(
      expect.objectContaining({ text: 'year to date', value: `${year}-01-01/${PUBLISHED}` }),
    );
  });

  it('leaves "The" before "year-to-date" to the noun it goes with', () => {
    expect(news('The year-to-date return is 12 percent.')).toEqual([
      expect.objectContaining({ text: 'year-to-date' }),
    ]);
  });
});

describe('a time taken written with seconds or their tenths', () => {
  it.each([
    ['He finished the race in 2:03:45, a course record.', []],
    ['She ran the mile in 4:07.2, a national record.', []],
    ['He won the marathon in 2:05:11 on Sunday.', ['Sunday']],
  ])('reads no clock time in %j', (text, words) => {
    for (const found of [news(text), timeml(text)]) {
      expect(found.filter((f) => f.type === 'TIME')).toEqual([]);
      expect(found.map((f) => f.text.replace(/^on /, ''))).toEqual(words);
    }
  });

  it('still reads a clock time with seconds after "at" or before a.m.', () => {
    expect(news('The blast was recorded at 10:31:05 on Sunday.')).toEqual([
      expect.objectContaining({ type: 'TIME' }),
    ]);
    expect(news('The quake struck at 3:12:30 a.m. local time.')).toEqual([
      expect.objectContaining({ type: 'TIME' }),
    ]);
  });

  it.each([
    ['He clocked 4:07.2 in the mile on Sunday.'],
    ['He posted a time of 2:05:11 on Sunday.'],
    ['She timed 1:21.3 on the last lap on Sunday.'],
  ])('reads no clock time in %j, a word of time taken before the figure', (text) => {
    expect(news(text)).toEqual([expect.objectContaining({ type: 'DATE' })]);
  });
});

describe('a clock time with seconds and no word of time taken before it', () => {
  // The clock's hour and minute as written, the precision a time is read to.
  const clocksIn = (text: string) =>
    [...text.matchAll(/\b(\d{1,2}):(\d{2}):\d{2}\b/g)].map(
      ([, hour, minute]) => `T${hour!.padStart(2, '0')}:${minute}`,
    );

  it.each([
    ['The blast was recorded at approximately 10:31:05 on Sunday.'],
    ['The fire alarm went off 11:42:07 Tuesday.'],
    ['The quake struck 10:31:05 CET on Tuesday.'],
    ['The shaking lasted between 10:31:05 and 10:32:10 a.m.'],
  ])('keeps the clock times of %j', (text) => {
    const times = news(text).filter((m) => m.type === 'TIME');
    expect(times.map((m) => m.value.slice(10, 16))).toEqual(clocksIn(text));
  });
});

describe('a bare midnight ahead', () => {
  it.each([
    ['The shelter will close at midnight.'],
    ['The warning expires at midnight.'],
    ['The curfew is in effect until midnight.'],
  ])('reads %j as the midnight that ends the publication day', (text) => {
    const next = format(addDays(parseISO(PUBLISHED), 1), 'yyyy-MM-dd');
    expect(news(text)).toEqual([expect.objectContaining({ type: 'TIME', value: `${next}T00:00` })]);
    expect(timeml(text)).toEqual([
      expect.objectContaining({ type: 'TIME', value: `${PUBLISHED}T24` }),
    ]);
  });

  it.each([
    ['Last week the mayor said the curfew would start at midnight.'],
    ['The mayor announced in January that bars would close at midnight.'],
    ['Bars will close at midnight from next month.'],
    ['Shops are to close at midnight every day.'],
  ])(
    'does not end the publication day at the midnight of %j, told of or with another time',
    (text) => {
      const midnight = news(text).find((f) => f.text.includes('midnight'));
      expect(midnight?.value ?? '').not.toContain(
        format(addDays(parseISO(PUBLISHED), 1), 'yyyy-MM-dd'),
      );
    },
  );

  it('keeps a midnight gone by at the start of the day', () => {
    expect(news('Police arrived shortly after midnight.')).toEqual([
      expect.objectContaining({ type: 'TIME', value: `${PUBLISHED}T00:00` }),
    ]);
  });
});

describe('a day and month after "since"', () => {
  it.each([
    ['He has been in office since Jan. 20.', '2025-12-28', '01-20'],
    ['The strike has gone on since Jan. 5, union leaders said.', '2025-12-30', '01-05'],
  ])('reads %j (published %s) as the day gone by', (text, published, day) => {
    const [m] = news(text, published);
    expect(m).toMatchObject({ type: 'DATE' });
    expect(m!.value.slice(5)).toBe(day);
    expect(m!.value < published).toBe(true);
  });

  it('reads "since" that means "because", a verb after the day, as no day gone by', () => {
    const [m] = news('The plant will be closed since March 5 is a holiday.', '2025-12-28');
    expect(m).toMatchObject({ type: 'DATE', value: '2026-03-05' });
  });
});

describe('a day and month without a year that a past verb or "since" dates', () => {
  // The latest such day before publication, as a calendar date.
  const lastBefore = (published: string, month: number, day: number) => {
    const year = Number(published.slice(0, 4));
    const thisYear = format(new Date(year, month - 1, day), 'yyyy-MM-dd');
    return thisYear < published
      ? thisYear
      : format(new Date(year - 1, month - 1, day), 'yyyy-MM-dd');
  };

  it.each([
    ['Since the 6/23 vote, prices have risen.', '6/23', PUBLISHED, 6, 23],
    ['Since the June 23 vote, prices have risen.', 'June 23', PUBLISHED, 6, 23],
    ["The council's 4/12 vote approved the plan.", '4/12', PUBLISHED, 4, 12],
    ['The Oscars on March 2 drew 19.7 million viewers.', 'March 2', '2025-01-03', 3, 2],
    ['The May 20 summit ended without a deal.', 'May 20', PUBLISHED, 5, 20],
    ['The May 20 vote passed by a wide margin.', 'May 20', PUBLISHED, 5, 20],
    ['The May 20 summit ended a feud that had lasted years.', 'May 20', PUBLISHED, 5, 20],
    ['Rallies on July 4 drew half a million people to the Mall.', 'July 4', '2000-06-25', 7, 4],
    ['The parade on July 4 drew a record crowd, police said.', 'July 4', '2000-06-25', 7, 4],
    ['Celebrations on Dec. 31 drew two million people.', 'Dec. 31', '1999-12-20', 12, 31],
    ['Protests on Sept. 15 drew thousands of people.', 'Sept. 15', '2000-09-10', 9, 15],
    [
      'The fireworks show on July 4 drew an estimated 500,000 spectators.',
      'July 4',
      '2000-06-25',
      7,
      4,
    ],
    [
      'Fireworks on July 4 drew hundreds of thousands of spectators to the harbor.',
      'July 4',
      '2000-07-01',
      7,
      4,
    ],
  ])('reads %j as the day gone by', (text, words, published, month, day) => {
    const m = news(text, published).find((f) => f.text === words);
    expect(m).toMatchObject({ value: lastBefore(published, month, day) });
  });

  it.each([
    ['The April 12 vote was postponed.', 'April 12'],
    ['The 4/12 summit will decide it.', '4/12'],
    ['The April 12 vote is expected to pass.', 'April 12'],
    ['The April 12 concert sold out in an hour.', 'April 12'],
    ['The April 12 vote drew criticism.', 'April 12'],
  ])('still reads %j, a day its own clause does not put behind, as the nearest', (text, words) => {
    const year = PUBLISHED.slice(0, 4);
    expect(news(text).find((f) => f.text === words)).toMatchObject({ value: `${year}-04-12` });
  });

  it.each([
    ['Rallies on July 4 will draw half a million people to the Mall.', 'July 4'],
    ['The parade on July 4 drew criticism from veterans.', 'July 4'],
    ['The vote on July 4 drew thousands of complaints.', 'July 4'],
    ['The parade on July 4 drew 200 applications for floats, organizers said.', 'July 4'],
    ['The ballot on July 4 drew 3,000 complaints from voters.', 'July 4'],
    ['The vote on July 4 drew hundreds of thousands of complaints.', 'July 4'],
  ])('still reads %j, said on 25 June 2000, as the coming day', (text, words) => {
    const published = '2000-06-25';
    const coming = toCalendarDate(new Date(2000, 6, 4));
    expect(coming > published).toBe(true);
    expect(news(text, published).find((f) => f.text === words)).toMatchObject({ value: coming });
  });

  it.each([
    ['The march on May 1 drew tens of thousands of workers to the capital.', 'May 1', 4, 1],
    ['The rally on Sept. 15 drew thousands of students to the square.', 'Sept. 15', 8, 15],
    ['The protest on Nov. 11 drew thousands of farmers to Paris.', 'Nov. 11', 10, 11],
  ] as const)(
    "reads %j, said a few days before the day, as last year's, a crowd counted by who came",
    (text, words, month, day) => {
      const published = toCalendarDate(addDays(new Date(1999, month, day), -5));
      const lastYear = toCalendarDate(new Date(1998, month, day));
      expect(news(text, published).find((f) => f.text === words)).toMatchObject({
        value: lastYear,
      });
    },
  );

  it.each([
    'The march on May 1 is expected to draw tens of thousands of workers to the capital.',
    'The march on May 1 drew criticism from workers.',
    'The march on May 1 drew thousands of complaints from residents.',
  ])('still reads %j, said on 28 April 1999, as the coming May 1', (text) => {
    const coming = toCalendarDate(new Date(1999, 4, 1));
    expect(news(text, '1999-04-28').find((f) => f.text === 'May 1')).toMatchObject({
      value: coming,
    });
  });

  it.each([
    ['The March 19 Fed meeting is the one to watch.', 'March 19', 3, 19],
    ['The April 4 United Nations vote is key.', 'April 4', 4, 4],
    ['The March 14 Ted Talk is free.', 'March 14', 3, 14],
    ['The April 2 delayed launch is now set for noon.', 'April 2', 4, 2],
    ['The March 25 closed session is open to members only.', 'March 25', 3, 25],
    ['Since the March 20 vote is only a week away, campaigners are busy.', 'March 20', 3, 20],
    ['The June 5 summit organised by France will draw 40 leaders.', 'June 5', 6, 5],
    ['The April 4 vote called by the governor could unseat him.', 'April 4', 4, 4],
    ['The March 20 match postponed last month will be replayed.', 'March 20', 3, 20],
  ])(
    'still reads %j, a name, an adjective, a participle or a "since" of cause and a present verb, as the coming day',
    (text, words, month, day) => {
      const coming = toCalendarDate(new Date(Number(PUBLISHED.slice(0, 4)), month - 1, day));
      expect(coming > PUBLISHED).toBe(true);
      expect(news(text).find((f) => f.text === words)).toMatchObject({ value: coming });
    },
  );
});

describe('a day that dates only the saying', () => {
  it('reads a clock time in the next sentence on the day of the event, not the day it was said', () => {
    // Thursday 13 March 2025: the fire was on Tuesday, reported on Thursday.
    const text =
      'A fire gutted a warehouse in the port late Tuesday, killing three workers, police said Thursday. It broke out at 9:40 p.m., a spokesman said.';
    for (const found of [news(text, '2025-03-13'), timeml(text, '2025-03-13')]) {
      expect(found.find((m) => m.text.includes('9:40'))?.value).toBe('2025-03-11T21:40');
    }
  });

  it('keeps a clock time on the saying day when no other day came before it in that sentence', () => {
    const text = 'The mayor spoke on Tuesday. Police said Thursday. It broke out at 9:40 p.m.';
    const near = 'Police said Thursday the fire broke out at 9:40 p.m.';
    for (const t of [text, near]) {
      const found = news(t, '2025-03-13').find((m) => m.text.includes('9:40'));
      expect(found?.value).toBe('2025-03-13T21:40');
    }
  });
});

describe('a saying day that opens what was said', () => {
  it('reads "The strike began on Monday and the union said Thursday that talks would resume at 3 p.m." with the clock on Thursday, not Monday', () => {
    // Thursday 13 March 2025: the clock is in the reported clause, told on Thursday.
    const text =
      'The strike began on Monday and the union said Thursday that talks would resume at 3 p.m.';
    for (const found of [news(text, '2025-03-13'), timeml(text, '2025-03-13')]) {
      expect(found.find((m) => m.text.includes('3 p.m'))?.value).toBe('2025-03-13T15:00');
    }
  });

  it('reads "Smith was arrested Monday, and prosecutors said Wednesday he would be charged. The hearing starts at 9 a.m." with the hearing off Monday', () => {
    const text =
      'Smith was arrested Monday, and prosecutors said Wednesday he would be charged. The hearing starts at 9 a.m.';
    for (const found of [news(text, '2025-03-13'), timeml(text, '2025-03-13')]) {
      expect(found.find((m) => m.text.includes('9 a.m'))?.value).toBe('2025-03-12T09:00');
    }
  });

  it('keeps the event day when the saying day closes its sentence, a statement named after it or not', () => {
    // Near misses: nothing was said after the day, so the story stays on Monday.
    for (const text of [
      'The strike began on Monday, the union said Thursday. Talks ended at 3 p.m.',
      'The strike began on Monday, the union said Thursday in a statement. Talks ended at 3 p.m.',
    ]) {
      const found = news(text, '2025-03-13').find((m) => m.text.includes('3 p.m'));
      expect(found?.value).toBe('2025-03-10T15:00');
    }
  });
});

describe('a clock time that looks ahead after a day that dates only the saying', () => {
  it('reads "The plane crashed Tuesday, killing 60, the airline said Thursday. It said it would hold a briefing at 3 p.m." with the briefing on Thursday', () => {
    const text =
      'The plane crashed Tuesday, killing 60, the airline said Thursday. It said it would hold a briefing at 3 p.m.';
    for (const found of [news(text, '2025-03-13'), timeml(text, '2025-03-13')]) {
      expect(found.find((m) => m.text.includes('3 p.m'))?.value).toBe('2025-03-13T15:00');
    }
  });

  it('reads a plan told after the saying day off the earlier day, a past deed on it', () => {
    const ahead = 'The storm hit on Sunday, officials said Tuesday. Crews will return at 7 a.m.';
    const gone = 'The storm hit on Sunday, officials said Tuesday. Crews returned at 7 a.m.';
    const at = (text: string) =>
      news(text, '2025-03-12').find((m) => m.text.includes('7 a.m'))?.value;
    expect(at(ahead)).toBe('2025-03-12T07:00');
    // Near miss: the deed is gone by, on the storm's day.
    expect(at(gone)).toBe('2025-03-09T07:00');
  });

  it('reads "The ferry was due to dock on Tuesday, the coast guard said Thursday. It sank at 9:40 p.m." with the sinking on Thursday: a day ahead of the saying is no story day gone by', () => {
    const text =
      'The ferry was due to dock on Tuesday, the coast guard said Thursday. It sank at 9:40 p.m.';
    for (const found of [news(text, '2026-12-04'), timeml(text, '2026-12-04')]) {
      expect(found.find((m) => m.text.includes('9:40'))?.value).toBe('2026-12-03T21:40');
    }
  });
});

describe('a deadline gone by with its owner or "past" between the verb and the day', () => {
  // Friday 14 April 2000, the day after the government's Thursday deadline for Elian Gonzalez.
  const FRIDAY = '2000-04-14';
  const thursday = toCalendarDate(addDays(parseISO(FRIDAY), -1));

  it(`reads "Elian's relatives ignored the government's 2 p.m. Thursday deadline", said on the Friday, as the Thursday gone by`, () => {
    const text = "Elian's relatives ignored the government's 2 p.m. Thursday deadline.";
    for (const found of [news(text, FRIDAY), timeml(text, FRIDAY)]) {
      expect(found.find((f) => f.text === '2 p.m. Thursday')).toMatchObject({
        value: `${thursday}T14:00`,
      });
    }
  });

  it(`reads "Milosevic defied NATO's Tuesday deadline", said on the Friday after, as the Tuesday gone by`, () => {
    const friday = '1999-03-26';
    const tuesday = toCalendarDate(addDays(parseISO(friday), -3));
    const found = news("Milosevic defied NATO's Tuesday deadline.", friday);
    expect(found.find((f) => f.text === 'Tuesday')).toMatchObject({ value: tuesday });
  });

  it(`reads "Negotiators blew past the Friday midnight deadline and kept talking", said on the Sunday after, as the Friday's midnight gone by`, () => {
    const sunday = '1998-08-30';
    const saturday = toCalendarDate(addDays(parseISO(sunday), -1));
    const text = 'Negotiators blew past the Friday midnight deadline and kept talking.';
    expect(news(text, sunday).find((f) => f.text === 'Friday midnight')).toMatchObject({
      value: `${saturday}T00:00`,
    });
  });

  it(`still reads "Negotiators hope to get past the Friday midnight deadline", said on the Sunday, as the coming Friday's midnight`, () => {
    const sunday = '1998-08-30';
    const saturday = toCalendarDate(addDays(parseISO(sunday), 6));
    const text = 'Negotiators hope to get past the Friday midnight deadline.';
    expect(news(text, sunday).find((f) => f.text === 'Friday midnight')).toMatchObject({
      value: `${saturday}T00:00`,
    });
  });

  it.each([
    "Negotiators hope to beat the union's Friday deadline.",
    "Lawyers said they would beat the union's Friday deadline.",
  ])('still reads %j, said on the Sunday before, as the coming Friday', (text) => {
    const sunday = '1998-08-30';
    const friday = toCalendarDate(addDays(parseISO(sunday), 5));
    expect(news(text, sunday).find((f) => f.text === 'Friday')).toMatchObject({ value: friday });
  });

  it.each([
    ['Negotiators hope to beat the Friday deadline.', 'Friday', 5],
    ['Lawyers said they would beat the Thursday deadline.', 'Thursday', 4],
    ['Technicians expect to beat the Friday deadline for the repairs.', 'Friday', 5],
  ] as const)(
    'reads %j, said on Sunday 30 August 1998, as the coming weekday',
    (text, day, ahead) => {
      const sunday = '1998-08-30';
      const coming = toCalendarDate(addDays(parseISO(sunday), ahead));
      expect(news(text, sunday).find((f) => f.text === day)).toMatchObject({ value: coming });
    },
  );

  it('reads "NATO officials said the Serbs could still beat the Thursday deadline for a pullout", said on Monday 7 June 1999, as the coming Thursday', () => {
    const monday = '1999-06-07';
    const thursday = toCalendarDate(addDays(parseISO(monday), 3));
    const text =
      'NATO officials said the Serbs could still beat the Thursday deadline for a pullout.';
    expect(news(text, monday).find((f) => f.text === 'Thursday')).toMatchObject({
      value: thursday,
    });
  });

  it.each([
    'Negotiators failed to beat the Friday deadline, and the strike began.',
    'Negotiators had hoped to beat the Friday deadline.',
    'The union beat the Friday deadline by two hours.',
  ])('still reads %j, said on Monday 31 August 1998, as the Friday gone by', (text) => {
    const monday = '1998-08-31';
    const friday = toCalendarDate(addDays(parseISO(monday), -3));
    expect(news(text, monday).find((f) => f.text === 'Friday')).toMatchObject({ value: friday });
  });

  it.each([
    'Lawmakers worked through the night to beat the Friday deadline.',
    'Thousands of shoppers lined up outside post offices to beat the Friday deadline.',
    'In a scramble to beat the Friday deadline, lawmakers passed the bill by voice vote.',
    'Negotiators tried hard to beat the Friday deadline but failed.',
    'Candidates rushed to file their papers to beat the Friday deadline.',
  ])(
    'still reads %j, said on Monday 31 August 1998, a deed done to beat it, as the Friday gone by',
    (text) => {
      const monday = '1998-08-31';
      const friday = toCalendarDate(addDays(parseISO(monday), -3));
      expect(news(text, monday).find((f) => f.text === 'Friday')).toMatchObject({ value: friday });
    },
  );

  it.each([
    'Congress is racing to beat the Friday deadline for a budget deal.',
    'The union has vowed to beat the Friday deadline.',
    'Negotiators said they would try to beat the Friday deadline.',
  ])('reads %j, said on Sunday 30 August 1998, a try under way, as the coming Friday', (text) => {
    const sunday = '1998-08-30';
    const friday = toCalendarDate(addDays(parseISO(sunday), 5));
    expect(news(text, sunday).find((f) => f.text === 'Friday')).toMatchObject({ value: friday });
  });

  it(`still reads "The relatives said they would ignore the government's Thursday deadline", said on the Monday, as the coming Thursday`, () => {
    const monday = '2000-04-10';
    const coming = toCalendarDate(addDays(parseISO(monday), 3));
    const text = "The relatives said they would ignore the government's Thursday deadline.";
    expect(news(text, monday).find((f) => f.text === 'Thursday')).toMatchObject({
      value: coming,
    });
  });
});
