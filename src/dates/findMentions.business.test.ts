import {
  formatISO,
  getYear,
  nextFriday as nextFri,
  parseISO,
  previousMonday,
  previousSunday,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { monthByTense } from './monthByTense.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

/** The mentions of `text` as [words, value, mod], each checked against the schema and offsets. */
function read(text: string, published: string = MARCH.published) {
  const all = findMentions(text, { published, locale: 'en-US' });
  for (const m of all) {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return all.map((m) => [m.text, m.value, ...(m.mod ? [m.mod] : [])]);
}

describe('findMentions: business and wire plans', () => {
  it('reads a weekday after a zoned clock time that is set for it as the coming one', () => {
    expect(read('The launch is set for 11 p.m. Moscow time on Friday (2000 GMT).')).toEqual([
      ['11 p.m. Moscow time on Friday', '2025-03-14T23:00'],
      ['2000 GMT', '2025-03-14T20:00'],
    ]);
  });

  it('reads a date after "set at", "set on" or "set for" with no time after it by the sentence, not as a plan', () => {
    const lastMonday = formatISO(previousMonday(parseISO(MARCH.published)), {
      representation: 'date',
    });
    const lastSunday = formatISO(previousSunday(parseISO(MARCH.published)), {
      representation: 'date',
    });
    expect(read('The fare is set at $2.90 after a vote by the board on Monday.')).toEqual([
      ['on Monday', lastMonday],
    ]);
    expect(read('Their hearts are set on the title after a win on Sunday.')).toEqual([
      ['on Sunday', lastSunday],
    ]);
    expect(read('The offer price is set at $20, according to a filing on Monday.')).toEqual([
      ['on Monday', lastMonday],
    ]);
    expect(read('The stage is set for a showdown after a win on Sunday.')).toEqual([
      ['on Sunday', lastSunday],
    ]);
    const lastAugust = `${getYear(parseISO(MARCH.published)) - 1}-08`;
    expect(read('The record is set at 9.58 seconds, run in Berlin in August.')).toEqual([
      ['August', lastAugust],
    ]);
  });

  it('reads a weekday that "is set for" names as the coming one', () => {
    const nextFriday = formatISO(nextFri(parseISO(MARCH.published)), { representation: 'date' });
    expect(read('The vote is set for Friday.')).toEqual([['Friday', nextFriday]]);
  });
});

describe('findMentions: business periods', () => {
  it('joins a fiscal year and its quarter in either order', () => {
    expect(read('FY25 Q3 revenue rose 4%.')).toEqual([['FY25 Q3', '2025-Q3']]);
    expect(read('Q3 FY25 revenue rose 4%.')).toEqual([['Q3 FY25', '2025-Q3']]);
    expect(read("The company's FY2026 Q1 guidance was cut.")).toEqual([['FY2026 Q1', '2026-Q1']]);
    expect(read('Sales in the third quarter of fiscal 2025 were flat.')).toEqual([
      ['the third quarter of fiscal 2025', '2025-Q3'],
    ]);
  });
});

describe('findMentions: business periods of a split fiscal year', () => {
  it('leaves a split fiscal year after a quarter whole, not cut after its first year', () => {
    const read2526 = read('Sales in the third quarter of fiscal 2025-26 were flat.');
    expect(read2526.map(([words]) => words)).toEqual(['the third quarter', '2025-26']);
  });
});

describe('findMentions: May the person after a plan word', () => {
  it('reads May before "and" and a possessive as a person, and before another month as the month', () => {
    expect(read('The table was set for May and her guests.')).toEqual([]);
    expect(read('A room was booked for May and his aides.')).toEqual([]);
    expect(read('The vote is set for May and June.')).toEqual([
      ['May', '2025-05'],
      ['June', '2025-06'],
    ]);
  });

  it('reads May before "and", a possessive and a noun with a verb after it as the month', () => {
    const comingMay = `${getYear(parseISO(MARCH.published))}-05`;
    expect(read('The vote is set for May and their allies are nervous.')).toEqual([
      ['May', comingMay],
    ]);
    expect(read('The election is set for May and his party trails in polls.')).toEqual([
      ['May', comingMay],
    ]);
    expect(read('The hearing is set for May and her lawyers object.')).toEqual([
      ['May', comingMay],
    ]);
    expect(read('The table was set for May and her guests at the inn.')).toEqual([]);
  });
});

describe('findMentions: a month whose figures are reported', () => {
  const NOVEMBER = '2024-11-08';

  it('reads the month of data still to be released as the one gone by, not next year', () => {
    expect(read('The data for October will be released next week.', NOVEMBER)[0]).toEqual([
      'October',
      monthByTense(10, NOVEMBER, 'past'),
    ]);
    expect(read('Figures for September are due on Tuesday.', NOVEMBER)[0]).toEqual([
      'September',
      monthByTense(9, NOVEMBER, 'past'),
    ]);
  });

  it('keeps a month of sales, earnings or results ahead by the tense, with no release verb', () => {
    for (const [text, month, published] of [
      ['Earnings for June will be higher, the firm predicted.', 6, MARCH.published],
      ['Sales for December will be boosted by Christmas.', 12, MARCH.published],
      ['Sales figures for April will show the impact of the tax rise.', 4, '2025-01-08'],
      ['Results for September will be announced in November.', 9, MARCH.published],
      ['Sales for February are due to double next year.', 2, MARCH.published],
    ] as const)
      expect(read(text, published)[0]?.[1]).toBe(monthByTense(month, published, 'future'));
  });

  it('reads a month of figures as gone by only when one to three months behind publication', () => {
    expect(read('Figures for January will be published on Thursday.')[0]?.[1]).toBe(
      monthByTense(1, MARCH.published, 'past'),
    );
    expect(read('Sales for February will be released on Friday.')[0]?.[1]).toBe(
      monthByTense(2, MARCH.published, 'past'),
    );
  });

  it('reads the month of a rate or an index to be released as the one gone by', () => {
    for (const [text, month] of [
      ['The unemployment rate for February will be released on Friday.', 2],
      ['The consumer price index for January is due on Thursday.', 1],
    ] as const)
      expect(read(text)[0]?.[1]).toBe(monthByTense(month, MARCH.published, 'past'));
    // Near-miss: a rate with no verb of release is a forecast, ahead by the tense.
    expect(read('Interest rates in February will be lowered.')[0]?.[1]).toBe(
      monthByTense(2, MARCH.published, 'future'),
    );
  });

  it('reads a month of figures named with "in" as gone by when a verb of release follows', () => {
    const JANUARY = '2025-01-15';
    for (const [text, month, published] of [
      ['Retail sales in December will be published next week.', 12, JANUARY],
      ['Payrolls in February will be released on Friday.', 2, MARCH.published],
      ['Inflation figures in January are due on Thursday.', 1, MARCH.published],
    ] as const)
      expect(read(text, published)[0]?.[1]).toBe(monthByTense(month, published, 'past'));
  });

  it('keeps a month after "in" ahead with no release verb, or when not of figures', () => {
    const JANUARY = '2025-01-15';
    for (const [text, month, published] of [
      ['Retail sales in December will be boosted by Christmas.', 12, JANUARY],
      ['Inflation in February will ease, the bank predicted.', 2, MARCH.published],
      ['The report in December will be published online.', 12, JANUARY],
      ['Sales in April will be published in May.', 4, MARCH.published],
    ] as const)
      expect(read(text, published)[0]?.[1]).toBe(monthByTense(month, published, 'future'));
  });

  it('keeps a month of data just ahead, and any month not of data, by the tense', () => {
    expect(read('Figures for December will be published in January.', NOVEMBER)[0]).toEqual([
      'December',
      monthByTense(12, NOVEMBER, 'future'),
    ]);
    expect(read('The election will be held in October.', NOVEMBER)).toEqual([
      ['October', monthByTense(10, NOVEMBER, 'future')],
    ]);
  });
});

describe('findMentions: the month a futures contract is for', () => {
  const JANUARY = '2013-01-03';

  it('reads the month of a delivery, contract or futures as the coming one, whatever the tense', () => {
    for (const [text, month] of [
      ['Benchmark crude for February delivery fell 31 cents to $92.92 a barrel.', 2],
      ['The March futures contract slipped 1.2% in Chicago on Wednesday.', 3],
      ['February crude futures fell 40 cents in New York.', 2],
      ['Oil for delivery in March fell 2 cents, and corn futures for July rose.', 3],
      ['Wheat for July delivery rose 4 cents, and December futures gained 2 cents.', 7],
      ['Gold for January delivery dropped $11.40 to settle at $1,677.60.', 1],
    ] as const)
      expect(read(text, JANUARY)[0]?.[1]).toBe(monthByTense(month, JANUARY, 'future'));
  });

  it('keeps a month with no contract after it by the tense', () => {
    for (const [text, month] of [
      ['Crude fell in December as deliveries slowed.', 12],
      ['Prices rose in February, before the contract was signed.', 2],
      ['The March deal for delivery of jets collapsed.', 3],
    ] as const)
      expect(read(text, JANUARY)[0]?.[1]).toBe(monthByTense(month, JANUARY, 'past'));
  });

  it('reads "In January futures volumes hit a record." in February as the January gone by', () => {
    const FEBRUARY = '2026-02-10';
    expect(read('In January futures volumes hit a record.', FEBRUARY)[0]).toEqual([
      'January',
      monthByTense(1, FEBRUARY, 'past'),
    ]);
  });

  it('reads "Shares fell in April options trading was light." in May as the April gone by', () => {
    const MAY = '2026-05-10';
    expect(read('Shares fell in April options trading was light.', MAY)[0]).toEqual([
      'April',
      monthByTense(4, MAY, 'past'),
    ]);
  });

  it('reads "The company signed its January contracts last week." in November as the January gone by', () => {
    const NOVEMBER = '2026-11-20';
    expect(read('The company signed its January contracts last week.', NOVEMBER)[0]).toEqual([
      'January',
      monthByTense(1, NOVEMBER, 'past'),
    ]);
  });
});

describe('findMentions: the financial year of British copy', () => {
  it.each([
    ['Profits will be lower in the current financial year.', 'the current fiscal year'],
    ['Profits rose in the last financial year.', 'the last fiscal year'],
    ['Sales will rise next financial year.', 'next fiscal year'],
  ])('reads %j as the same year as %j', (text, fiscal) => {
    const words = fiscal.replace('fiscal', 'financial');
    const year = read(text.replace(words, fiscal)).find((m) => m[0]!.endsWith('fiscal year'));
    expect(year).toBeDefined();
    expect(read(text)).toContainEqual([words, year![1]]);
  });
});

describe('findMentions: a financial or fiscal year named by its years', () => {
  it.each([
    'Spending during the financial year 2024/25 rose.',
    'The budget for the financial year 2025-26 was set in March.',
    'Revenue for the fiscal year 2025 rose.',
  ])('adds no bare "the … year" before the years in %j', (text) => {
    expect(read(text).filter(([words]) => /^the (?:financial|fiscal) year$/.test(words!))).toEqual(
      [],
    );
  });

  it("reads the year of money told in a year's terms as that year, not as months counted ahead", () => {
    expect(read('That is $5 million in 1975 money.')).toEqual([['1975', '1975']]);
    expect(read('Adjusted, the cost was $80 in 2010 money.')).toEqual([['2010', '2010']]);
    expect(read('In 1990 money, the prize was worth far more.')).toEqual([['1990', '1990']]);
    // A count that runs into a longer word counts no time at all.
    expect(read('In 5 money markets, rates fell.')).toEqual([]);
    // Near misses: a unit of time after the count, in full or chrono's abbreviation, still counts.
    expect(read('The contract ends in 3 months.')).toEqual([['in 3 months', '2025-06']]);
    expect(read('They will meet again in 2 mo.')).toEqual([['in 2 mo', '2025-05']]);
  });
});
