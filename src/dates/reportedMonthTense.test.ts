import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { reportedMonthTense } from './reportedMonthTense.ts';

const NOVEMBER = '2022-11-03'; // a Thursday

/** `text`'s mentions as "words = value". */
function values(text: string, published = NOVEMBER): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe('a month set before a noun of released figures', () => {
  it("reads 'the October jobs report is due Friday' as the October gone by", () => {
    expect(values('The October jobs report is due Friday.')).toEqual([
      'October = 2022-10',
      'Friday = 2022-11-04',
    ]);
  });

  it('reads a month before figures, numbers or a report on prices as the month they cover', () => {
    expect(values('Traders will parse the September inflation figures next week.')[0]).toBe(
      'September = 2022-09',
    );
    expect(values('Analysts expect the August retail sales numbers to be revised.')[0]).toBe(
      'August = 2022-08',
    );
    expect(values('The Labor Department will publish its October report on wages.')[0]).toBe(
      'October = 2022-10',
    );
    expect(values('The October data will show whether hiring slowed.')[0]).toBe(
      'October = 2022-10',
    );
  });

  it('reads a month before a reported noun as gone by only with a verb of release after it', () => {
    expect(values('The September consumer price index will be released Thursday.')[0]).toBe(
      'September = 2022-09',
    );
    // A forecast of a month's sales, not figures released: the coming September.
    expect(values('September sales will be strong, the retailer predicts.')[0]).toBe(
      'September = 2023-09',
    );
  });

  it('does not read a month before a meeting or a deadline as figures gone by', () => {
    expect(values('The board will hold its December meeting in Chicago.')[0]).toBe(
      'December = 2022-12',
    );
    // "for" opens a phrase of its own: the month dates the deadline, which is ahead.
    expect(values('The October deadline for the report will be extended.', '2022-08-10')[0]).toBe(
      'October = 2022-10',
    );
  });

  it('does not read a month of figures more than three months behind publication as gone by', () => {
    expect(values('The June jobs report will show more hiring.', '2022-11-03')[0]).toBe(
      'June = 2023-06',
    );
  });

  it('does not read a month before a noun of figures that only modifies another noun as gone by', () => {
    expect(
      values(
        "The company's March data center launch will go ahead as planned, executives said.",
        '2024-05-06',
      ),
    ).toEqual(['March = 2025-03']);
    expect(
      values(
        'The July statistics conference will be held in Geneva, organizers said.',
        '2024-09-16',
      ),
    ).toEqual(['July = 2025-07']);
    expect(
      values('The company faces a March data privacy deadline under the new law.', '2024-05-06'),
    ).toEqual(['March = 2025-03']);
    // The noun still ends its phrase before a verb, a preposition or a mark.
    expect(values('The October data will show whether hiring slowed.')[0]).toBe(
      'October = 2022-10',
    );
    expect(values('Investors await the October jobs report, due next Friday.')[0]).toBe(
      'October = 2022-10',
    );
  });

  it('passes a past tense through unchanged', () => {
    expect(
      reportedMonthTense('The ', 'October jobs report showed gains.', 10, NOVEMBER, 'past'),
    ).toBe('past');
  });
});

describe('a monthly indicator told of by its release', () => {
  it("reads 'Producer prices for September will be released next week', said in November, as the September gone by", () => {
    expect(values('Producer prices for September will be released next week.')).toEqual([
      'September = 2022-09',
      'next week = 2022-W45',
    ]);
  });

  it("reads 'Factory orders for August are due out' and 'the September trade deficit will be published' alike", () => {
    expect(values('Factory orders for August are due out on Tuesday.')[0]).toBe('August = 2022-08');
    expect(values('The September trade deficit will be published Friday.')[0]).toBe(
      'September = 2022-09',
    );
  });

  it('does not read a forecast of the indicator, with no release, as gone by', () => {
    expect(values('Orders for December will be strong.')).toEqual(['December = 2022-12']);
    expect(values('Prices for September will rise, analysts said.')).toEqual([
      'September = 2023-09',
    ]);
  });
});

describe('a report named as a noun for a month', () => {
  it("reads 'The jobs report for October is due on Friday', said in November, as the October gone by", () => {
    expect(values('The jobs report for October is due on Friday.')[0]).toBe('October = 2022-10');
    expect(
      values('The Labor Department will release its employment report for September.'),
    ).toEqual(['September = 2022-09']);
  });

  it('does not read the verb "report for" as a report', () => {
    expect(values('Recruits will report for October duty at the depot.')).toEqual([
      'October = 2023-10',
    ]);
    expect(values('The recruits will report for October duty at the depot.')).toEqual([
      'October = 2023-10',
    ]);
  });
});

describe('a month of figures after a verb of release', () => {
  const EIGHTY_NINE = '1989-11-02'; // a Thursday

  /** `text`'s TimeML mentions as "words = value". */
  function timeml(text: string, published = EIGHTY_NINE): string[] {
    return findTimemlMentions(text, { published, locale: 'en-US' }).map(
      (m) => `${m.text} = ${m.value}`,
    );
  }

  it("reads 'The government will report October retail sales next week', said in November, as the October gone by", () => {
    const text = 'The government will report October retail sales next week.';
    expect(values(text, EIGHTY_NINE)).toEqual(['October = 1989-10', 'next week = 1989-W45']);
    expect(timeml(text)).toEqual(['October = 1989-10', 'next week = 1989-W45']);
  });

  it("reads 'The department will publish its September housing starts on Tuesday' as the September gone by", () => {
    const text = 'The department will publish its September housing starts on Tuesday.';
    expect(values(text, EIGHTY_NINE)[0]).toBe('September = 1989-09');
    expect(timeml(text)[0]).toBe('September = 1989-09');
  });

  it("reads 'The Labor Department will release its October employment report tomorrow' as the October gone by", () => {
    const text = 'The Labor Department will release its October employment report tomorrow.';
    expect(values(text, EIGHTY_NINE)).toEqual(['October = 1989-10', 'tomorrow = 1989-11-03']);
    expect(timeml(text)).toEqual(['October = 1989-10', 'tomorrow = 1989-11-03']);
  });

  it('does not read figures that are the subject of a clause of their own as released', () => {
    // "will rise" makes the sales the subject of what is reported: a forecast of the next October.
    const text = 'Analysts will report October sales will rise.';
    expect(values(text, EIGHTY_NINE)).toEqual(['October = 1990-10']);
    expect(timeml(text)).toEqual(['October = 1990-10']);
  });
});

describe('a month of figures after a report, a release or figures "on" or "of" them', () => {
  const read = (text: string, published: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
    );

  it.each([
    [
      "Trading was light ahead of Thursday's report on August housing starts.",
      '1989-09-20',
      ['Thursday = 1989-09-21', 'August = 1989-08'],
    ],
    [
      "Bond prices edged higher before tomorrow's release of September retail sales.",
      '1991-10-16',
      ['tomorrow = 1991-10-17', 'September = 1991-09'],
    ],
    [
      'Dealers are waiting for the figures on January factory orders.',
      '1998-02-11',
      ['January = 1998-01'],
    ],
  ])('reads %j, said on %s, with the month gone by in both readings', (text, published, found) => {
    for (const mentions of read(text, published)) expect(mentions).toEqual(found);
  });

  it.each([
    // A noun after the reported one: targets of the coming January, no figures.
    ['The report on January sales targets is due soon.', '1998-02-11', 'January = 1999-01'],
    // No reported noun after the month: a report on what is planned for it.
    ['The magazine will run a report on August holidays.', '1998-06-11', 'August = 1998-08'],
    // "on" before a month with no reported noun after it: a plan for it.
    ['The report on the March elections is due soon.', '1998-02-11', 'March = 1998-03'],
  ])('keeps %j, said on %s, ahead', (text, published, month) => {
    for (const mentions of read(text, published)) expect(mentions).toContain(month);
  });
});

describe("a month's figures named with an owner's 's, or a report on them that comes out", () => {
  const DECEMBER_1989 = { published: '1989-12-27', locale: 'en-US' } as const;
  const both = (text: string): string[][] => [
    findMentions(text, DECEMBER_1989).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, DECEMBER_1989).map((m) => `${m.text} = ${m.value}`),
  ];

  it(`reads "The government will release November's durable goods report Thursday", said on 27 December 1989, as 1989-11`, () => {
    for (const mentions of both(
      "The government will release November's durable goods report Thursday.",
    ))
      expect(mentions).toEqual(['November = 1989-11', 'Thursday = 1989-12-28']);
  });

  it('reads "The report on November housing starts comes out tomorrow", said on 27 December 1989, as 1989-11', () => {
    for (const mentions of both('The report on November housing starts comes out tomorrow.'))
      expect(mentions).toEqual(['November = 1989-11', 'tomorrow = 1989-12-28']);
  });

  it(`keeps "November's elections will decide the race" and "March's trade conference will come first", said on 27 December 1989, ahead`, () => {
    expect(both("November's elections will decide the race.")[0]).toEqual(['November = 1990-11']);
    expect(both("March's trade conference will come first.")[0]).toEqual(['March = 1990-03']);
  });

  it('reads "December sales will be reported Thursday", said on 2 January 1990, as 1989-12', () => {
    const at = { published: '1990-01-02', locale: 'en-US' } as const;
    const text = 'December sales will be reported Thursday.';
    expect(findMentions(text, at).map((m) => `${m.text} = ${m.value}`)).toEqual([
      'December = 1989-12',
      'Thursday = 1990-01-04',
    ]);
    expect(findTimemlMentions(text, at).map((m) => m.value)).toEqual(['1989-12', '1990-01-04']);
  });

  it('still reads "Sales in March will rise, the company reported", said on 2 January 1990, ahead', () => {
    const at = { published: '1990-01-02', locale: 'en-US' } as const;
    const text = 'Sales in March will rise, the company reported.';
    expect(findMentions(text, at).map((m) => m.value)).toEqual(['1990-03']);
  });
});
