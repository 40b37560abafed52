import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions, type FindOptions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { monthByTense } from './monthByTense.ts';
import { durationValue } from './readDurations.ts';
import { shiftTimex } from './shiftTimex.ts';

const JAN_2000 = { published: '2000-01-07', locale: 'en-US' } as const; // a Friday

/** Text, type and value of every mention, each checked against the schema and its offsets. */
function timeml(text: string, options: FindOptions = JAN_2000): Array<[string, string, string]> {
  return findTimemlMentions(text, options).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.type, m.value];
  });
}

describe('findTimemlMentions', () => {
  it('leaves the verb "last" out of the extent of the count of how long something lasts', () => {
    expect(timeml('The trial is expected to last three weeks.')).toEqual([
      ['three weeks', 'DURATION', 'P3W'],
    ]);
    expect(timeml('The storm could last several days.')).toEqual([
      ['several days', 'DURATION', 'PXD'],
    ]);
    expect(timeml('Sales fell over the last three weeks.')).toEqual([
      ['the last three weeks', 'DURATION', 'P3W'],
    ]);
  });

  it('leaves "last" out of the extent after a contracted "not" and before "a", not after "compared to"', () => {
    expect(timeml("The strike won't last three days.")).toEqual([
      ['three days', 'DURATION', 'P3D'],
    ]);
    expect(timeml("The truce didn't last two weeks.")).toEqual([['two weeks', 'DURATION', 'P2W']]);
    expect(timeml("The strike won't last days.")).toEqual([['days', 'DURATION', 'PXD']]);
    expect(timeml('The trial is expected to last a week.')).toEqual([
      ['a week', 'DURATION', 'P1W'],
    ]);
    expect(timeml('Sales rose 5% compared to last 12 months.')).toEqual([
      ['last 12 months', 'DURATION', 'P12M'],
    ]);
  });

  it("marks the year of money told in that year's terms as the year", () => {
    expect(timeml('That is $5 million in 1975 money.')).toEqual([['1975', 'DATE', '1975']]);
    expect(timeml('In 5 money markets, rates fell.')).toEqual([]);
    expect(timeml('The contract ends in 3 months.')).toEqual([['3 months', 'DURATION', 'P3M']]);
  });

  it('leaves a leading preposition out of the extent', () => {
    expect(timeml('They met on Wednesday.')).toEqual([['Wednesday', 'DATE', '2000-01-05']]);
  });

  it('marks an hour told with its part of the day and then its day as one time of that day', () => {
    expect(timeml('The fire started at 4 in the morning on Wednesday.')).toEqual([
      ['4 in the morning on Wednesday', 'TIME', '2000-01-05T04:00'],
    ]);
  });

  it('marks the second of two days of one month joined by "and" as a day of that month', () => {
    expect(timeml('The summit opens on Jan. 20 and 21.')).toEqual([
      ['Jan. 20', 'DATE', '2000-01-20'],
      ['21', 'DATE', '2000-01-21'],
    ]);
  });

  it('marks a year written after "post-" with the prefix in its extent', () => {
    expect(timeml('The post-1990 reforms were undone.')).toEqual([['post-1990', 'DATE', '1990']]);
  });

  it('marks a count of thousands of years in words whole, with its bound, as millennia', () => {
    expect(timeml('The walls have stood for more than two thousand years.')).toEqual([
      ['more than two thousand years', 'DURATION', 'P2L'],
    ]);
  });

  it('leaves bounds such as "as soon as" out of the extent', () => {
    expect(timeml('A vote could come as soon as next week.')).toEqual([
      ['next week', 'DATE', '2000-W02'],
    ]);
  });

  it('marks the count in "a month after" as a duration, without the word after it', () => {
    expect(timeml('The talks failed. A month after the vote, he resigned.')[0]).toEqual([
      'A month',
      'DURATION',
      'P1M',
    ]);
  });

  it('marks the count in a narrative "a month earlier" as a duration, as "later" is', () => {
    expect(timeml('The bank failed on March 3. A month earlier, regulators warned it.')[1]).toEqual(
      ['A month', 'DURATION', 'P1M'],
    );
  });

  it('keeps "a year earlier" in a comparison of figures as the date compared with', () => {
    const nov = { published: '1989-11-02', locale: 'en-US' } as const;
    expect(
      timeml('Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.', nov),
    ).toEqual([['a year earlier', 'DATE', '1988']]);
    expect(
      timeml('The bank failed. A year earlier, net income was $2.1 million, or six cents.', nov),
    ).toEqual([['A year earlier', 'DATE', '1988']]);
  });

  it('reads the comparison\'s sentence past an abbreviation: "up from $3 million for Gen. Motors a year earlier" is the date compared with', () => {
    const nov = { published: '1989-11-02', locale: 'en-US' } as const;
    expect(
      timeml('Net income was $4 million, up from $3 million for Gen. Motors a year earlier.', nov),
    ).toEqual([['a year earlier', 'DATE', '1988']]);
    // Near miss: a narrative "A year earlier" after a sentence that ends is still the count.
    expect(timeml('Mr. Smith left. A year earlier, trucks crossed the border.', nov)).toEqual([
      ['A year', 'DURATION', 'P1Y'],
    ]);
  });

  it('ends the comparison\'s sentence at "U.S." or "U.K." before a capital: "Sales rose 5% in the U.S. The company had opened its first store there a year earlier" counts a year', () => {
    const oct = { published: '1989-10-25', locale: 'en-US' } as const;
    expect(
      timeml(
        'Sales rose 5% in the U.S. The company had opened its first store there a year earlier.',
        oct,
      ),
    ).toEqual([['a year', 'DURATION', 'P1Y']]);
    expect(
      timeml('Profit rose 3% to $2 million in the U.K. Its chairman had quit a year earlier.', oct),
    ).toEqual([['a year', 'DURATION', 'P1Y']]);
  });

  it('counts one unit in a span looked over with no number (the past decade), not X', () => {
    expect(timeml('Crime fell in the past decade.')).toEqual([
      ['the past decade', 'DURATION', 'P10Y'],
    ]);
    expect(timeml('Prices rose over the past few years.')).toEqual([
      ['the past few years', 'DURATION', 'PXY'],
    ]);
    expect(timeml('Rents have tripled over the past few decades.')).toEqual([
      ['the past few decades', 'DURATION', 'PXY'],
    ]);
  });

  it('marks "three days later" as the duration "three days"', () => {
    expect(timeml('He left on Monday. Three days later he was back.')[1]).toEqual([
      'Three days',
      'DURATION',
      'P3D',
    ]);
  });

  it('marks an uncounted "days before" as the duration PXD', () => {
    expect(timeml('He was seen on Monday. In the days before the attack he hid.')[1]).toEqual([
      'days',
      'DURATION',
      'PXD',
    ]);
  });

  it('keeps "a year ago" whole, as a date', () => {
    expect(timeml('He left a year ago.')).toEqual([['a year ago', 'DATE', '1999']]);
  });

  it('gives parts of day as TMO, TAF, TEV and TNI', () => {
    expect(timeml('A message was read Wednesday night; he left Friday morning.')).toEqual([
      ['Wednesday night', 'TIME', '2000-01-05TNI'],
      ['Friday morning', 'TIME', '2000-01-07TMO'],
    ]);
  });
});

describe('findTimemlMentions: a part of the day before or after the day last named', () => {
  it("reads 'the night before' and 'the morning after' as that part of the day, a TIME", () => {
    expect(timeml('He voted on Jan. 3 and had left the night before.')).toEqual([
      ['Jan. 3', 'DATE', '2000-01-03'],
      ['the night before', 'TIME', '2000-01-02TNI'],
    ]);
    expect(timeml('The dam failed on Jan. 3. The morning after, crews arrived.')).toEqual([
      ['Jan. 3', 'DATE', '2000-01-03'],
      ['The morning after', 'TIME', '2000-01-04TMO'],
    ]);
  });

  it('keeps a day counted before or after as a DATE ("the day before")', () => {
    expect(timeml('He voted on Jan. 3 and had left the day before.')).toEqual([
      ['Jan. 3', 'DATE', '2000-01-03'],
      ['the day before', 'DATE', '2000-01-02'],
    ]);
  });
});

describe('findTimemlMentions: what TimeML does not mark, and spans looked over', () => {
  it('does not mark ages or "previously"', () => {
    expect(timeml('The 6-year-old boy had previously lived in Cuba.')).toEqual([]);
  });

  it('marks "the past two months" as one duration', () => {
    expect(timeml('Prices rose over the past two months.')).toEqual([
      ['the past two months', 'DURATION', 'P2M'],
    ]);
  });

  it('marks "the next few days" and "recent years" as uncounted durations', () => {
    expect(timeml('It will fall in the next few days, as in recent years.')).toEqual([
      ['the next few days', 'DURATION', 'PXD'],
      ['recent years', 'DURATION', 'PXY'],
    ]);
  });
});

describe('findTimemlMentions: words before durations and days', () => {
  const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;

  it('takes "the" before a duration into its extent', () => {
    expect(timeml('Sales in the nine months rose 5%.', NOV_1989)).toEqual([
      ['the nine months', 'DURATION', 'P9M'],
    ]);
  });

  it('takes "early" or "late" before a day into its extent', () => {
    expect(timeml('The vote ended early Tuesday.', NOV_1989)).toEqual([
      ['early Tuesday', 'DATE', '1989-10-31'],
    ]);
  });

  it('leaves out of the day the "early" or "late" that closes a count before it', () => {
    expect(timeml('The leaders wrapped up the summit a day early on Tuesday.', NOV_1989)).toEqual([
      ['a day', 'DURATION', 'P1D'],
      ['Tuesday', 'DATE', '1989-10-31'],
    ]);
    expect(timeml('The ship docked two days late Tuesday.', NOV_1989)).toEqual([
      ['two days', 'DURATION', 'P2D'],
      ['Tuesday', 'DATE', '1989-10-31'],
    ]);
    // Near miss: an "early" that closes no count still opens the day.
    expect(timeml('The talks broke up early on Tuesday.', NOV_1989)).toEqual([
      ['early on Tuesday', 'DATE', '1989-10-31'],
    ]);
  });
});

describe('findTimemlMentions: rates that are a measure', () => {
  it('does not mark "daily" after "average" or "annually" after a percentage', () => {
    expect(timeml('The average daily volume was 133 million shares.')).toEqual([]);
    expect(timeml('Sales should rise 8.5% annually.')).toEqual([]);
  });

  it('still marks a rate that says how often something happens', () => {
    expect(timeml('Rallies are held almost daily.')).toEqual([['daily', 'SET', 'P1D']]);
  });
});

describe('findTimemlMentions: uncounted units ahead', () => {
  it('marks "within a few days" and "in a few minutes" as uncounted durations', () => {
    expect(timeml('The ships could leave within a few days.')).toEqual([
      ['a few days', 'DURATION', 'PXD'],
    ]);
    expect(timeml('The answer is coming up in a few minutes.')).toEqual([
      ['a few minutes', 'DURATION', 'PTXM'],
    ]);
  });
});

describe('findTimemlMentions: modifiers, adjectives and TimeML-only expressions', () => {
  const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;

  it('takes nearly, almost, more than and at least into the extent of a count', () => {
    expect(timeml('He left nearly four years ago.', NOV_1989)).toEqual([
      ['nearly four years ago', 'DATE', '1985'],
    ]);
    expect(timeml('It lasted almost a hundred years.', NOV_1989)).toEqual([
      ['almost a hundred years', 'DURATION', 'P100Y'],
    ]);
    expect(timeml('Talks went on for at least 72 hours.', NOV_1989)).toEqual([
      ['at least 72 hours', 'DURATION', 'PT72H'],
    ]);
    expect(timeml('The strike lasted over a week.', NOV_1989)).toEqual([
      ['over a week', 'DURATION', 'P1W'],
    ]);
  });

  it('reads a count with or so before ago as a date back from publication, not a duration', () => {
    expect(timeml('A week or so ago, the general picked the day.', NOV_1989)).toEqual([
      ['A week or so ago', 'DATE', '1989-W43'],
    ]);
  });

  it('takes a trailing or so into a count as an approximation', () => {
    const [m] = findTimemlMentions('The plant will stay shut for three weeks or so.', NOV_1989);
    expect([m?.text, m?.value, m?.mod]).toEqual(['three weeks or so', 'P3W', 'APPROX']);
    expect(timeml('Rates should hold over the next few months or so.', NOV_1989)).toEqual([
      ['the next few months or so', 'DURATION', 'PXM'],
    ]);
  });

  it('takes a bound before a span looked over into it, but not a preposition', () => {
    expect(timeml('Sales have slipped for at least the past six quarters.', NOV_1989)).toEqual([
      ['at least the past six quarters', 'DURATION', 'P6Q'],
    ]);
    expect(timeml('Output grew in more than the last three years.', NOV_1989)).toEqual([
      ['more than the last three years', 'DURATION', 'P3Y'],
    ]);
    expect(
      timeml('Costs rose about the past two months and over the next two weeks.', NOV_1989),
    ).toEqual([
      ['the past two months', 'DURATION', 'P2M'],
      ['the next two weeks', 'DURATION', 'P2W'],
    ]);
  });

  it('marks nearly and almost as APPROX', () => {
    const [m] = findTimemlMentions('He left nearly four years ago.', NOV_1989);
    expect(m?.mod).toBe('APPROX');
  });

  it('leaves about out of a duration, and over out when no count follows', () => {
    expect(timeml('The flight took about five hours.', NOV_1989)).toEqual([
      ['five hours', 'DURATION', 'PT5H'],
    ]);
    expect(timeml('Prices rose over the past two months.', NOV_1989)).toEqual([
      ['the past two months', 'DURATION', 'P2M'],
    ]);
  });

  it('does not take the verb last into a duration after it', () => {
    expect(timeml('The talks will last over a week.', NOV_1989)).toEqual([
      ['over a week', 'DURATION', 'P1W'],
    ]);
  });

  it('does not take the verb last into a count right after it', () => {
    expect(timeml('The trial is expected to last six weeks.', NOV_1989)).toEqual([
      ['six weeks', 'DURATION', 'P6W'],
    ]);
    expect(timeml("The strike won't last three days.", NOV_1989)).toEqual([
      ['three days', 'DURATION', 'P3D'],
    ]);
    expect(timeml('Talks could last two months.', NOV_1989)).toEqual([
      ['two months', 'DURATION', 'P2M'],
    ]);
  });

  it('keeps last as the adjective of a span looked over', () => {
    expect(timeml('Sales fell in the last three months.', NOV_1989)).toEqual([
      ['the last three months', 'DURATION', 'P3M'],
    ]);
  });

  it('leaves the article out of a count used as an adjective', () => {
    expect(timeml('The two-week strike ended.', NOV_1989)).toEqual([
      ['two-week', 'DURATION', 'P2W'],
    ]);
    expect(timeml('They held the two day rally.', NOV_1989)).toEqual([
      ['two day', 'DURATION', 'P2D'],
    ]);
  });

  it('marks the fiscal year that ends on a day as a one-year duration, the day apart', () => {
    expect(timeml('For the year ended March 31, sales fell.', NOV_1989)).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['March 31', 'DATE', '1989-03-31'],
    ]);
    expect(
      timeml('In the fiscal year ending June 30, 1990, it will earn more.', NOV_1989)[0],
    ).toEqual(['the fiscal year', 'DURATION', 'P1Y']);
  });

  it('marks the fiscal year that begins on a day or in a month as a one-year duration', () => {
    expect(timeml('The fiscal year that began July 1 will bring cuts.', NOV_1989)).toEqual([
      ['The fiscal year', 'DURATION', 'P1Y'],
      ['July 1', 'DATE', '1989-07-01'],
    ]);
    expect(timeml('In the financial year starting in April, taxes rise.', NOV_1989)[0]).toEqual([
      'the financial year',
      'DURATION',
      'P1Y',
    ]);
    expect(timeml('Its fiscal year begins Oct. 1.', NOV_1989)[0]).toEqual([
      'Its fiscal year',
      'DURATION',
      'P1Y',
    ]);
  });

  it('marks no duration for a year told by its start that is not called fiscal', () => {
    expect(timeml('The year beginning in 1999 will be hard.', NOV_1989)).toEqual([
      ['1999', 'DATE', '1999'],
    ]);
    expect(timeml('The year that began July 1 was hard.', NOV_1989)).toEqual([
      ['July 1', 'DATE', '1989-07-01'],
    ]);
  });

  it('does not mark a year said to begin with something other than a day or a month', () => {
    expect(timeml('The year that began with a war ended in peace.', NOV_1989)).toEqual([]);
    expect(timeml('The year began badly for the firm.', NOV_1989)).toEqual([]);
  });

  it('marks centuries by their first two digits', () => {
    expect(timeml('The 20th century ended.', NOV_1989)).toEqual([
      ['The 20th century', 'DATE', '19'],
    ]);
    expect(timeml('It will end this century.', NOV_1989)).toEqual([['this century', 'DATE', '19']]);
    expect(timeml('It began in the nineteenth century.', NOV_1989)).toEqual([
      ['the nineteenth century', 'DATE', '18'],
    ]);
  });

  it('reads "A century ago, the town had four cinemas", said on 1 March 2010, as the year a hundred years back (was the century)', () => {
    const published = '2010-03-01';
    const back = (centuries: number) => String(Number(published.slice(0, 4)) - centuries * 100);
    const both = (text: string) =>
      [findMentions, findTimemlMentions].map((find) =>
        find(text, { published, locale: 'en-GB' }).map((m) => [m.text, m.value]),
      );
    for (const read of both('A century ago, the town had four cinemas.'))
      expect(read).toEqual([['A century ago', back(1)]]);
    for (const read of both('Two centuries ago, the canal opened.'))
      expect(read).toEqual([['Two centuries ago', back(2)]]);
  });

  it('still marks "the 20th century" and "a century ago this month" as they were', () => {
    const published = '1998-04-15';
    expect(timeml('The 20th century saw two world wars.', { published, locale: 'en-US' })).toEqual([
      ['The 20th century', 'DATE', '19'],
    ]);
    expect(
      timeml('A century ago this month, the war began.', { published, locale: 'en-US' }),
    ).toEqual([['A century ago this month', 'DATE', `${Number(published.slice(0, 4)) - 100}-04`]]);
  });

  it('marks the adjective current as the present, and then current as the past', () => {
    expect(timeml('Current market conditions are weak.', NOV_1989)).toEqual([
      ['Current', 'DATE', 'PRESENT_REF'],
    ]);
    expect(timeml('He bought at the then current price.', NOV_1989)).toEqual([
      ['then current', 'DATE', 'PAST_REF'],
    ]);
  });

  it('does not mark current in current account or a current year already read', () => {
    expect(timeml('The current account deficit grew.', NOV_1989)).toEqual([]);
    expect(timeml('Sales will fall in the current fiscal year.', NOV_1989)).toEqual([
      ['the current fiscal year', 'DATE', '1989'],
    ]);
  });
});

describe('findTimemlMentions: half years', () => {
  const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;

  it('marks the first or last half of a year, and its first two quarters, as H1 or H2', () => {
    expect(timeml('Earnings fell in the last half of 1989.', NOV_1989)).toEqual([
      ['the last half of 1989', 'DATE', '1989-H2'],
    ]);
    expect(timeml('It will rise in the first two quarters of 1990.', NOV_1989)).toEqual([
      ['the first two quarters of 1990', 'DATE', '1990-H1'],
    ]);
    expect(timeml('Sales rose in the first half of the year.', NOV_1989)).toEqual([
      ['the first half of the year', 'DATE', '1989-H1'],
    ]);
  });
});

describe('findTimemlMentions: a quarter of the year', () => {
  const MAR_2025 = { published: '2025-03-12', locale: 'en-US' } as const;
  it("marks 'the first quarter of the year' as one quarter, read by tense as a bare quarter is", () => {
    const [bare] = timeml('Exports fell in the first quarter.', MAR_2025);
    expect(timeml('Exports fell in the first quarter of the year.', MAR_2025)).toEqual([
      ['the first quarter of the year', 'DATE', bare![2]],
    ]);
    // Ahead, "of the year" names this year's quarter, not the one just ended that a bare
    // "fourth quarter" said in March reports on.
    expect(timeml('Exports will recover in the fourth quarter of the year.', MAR_2025)).toEqual([
      ['the fourth quarter of the year', 'DATE', '2025-Q4'],
    ]);
  });

  it('keeps a counted quarter and a quarter of a named year as they were', () => {
    expect(timeml('Exports fell for a second quarter in a row.', MAR_2025)).toEqual([]);
    expect(timeml('Exports fell in the first quarter of this year.', MAR_2025)).toEqual([
      ['the first quarter of this year', 'DATE', '2025-Q1'],
    ]);
  });

  it("keeps 'the fourth quarter' apart from a following 'the year before'", () => {
    const [bare] = timeml('Profits rose in the fourth quarter, the filing shows.', MAR_2025);
    const tags = timeml(
      'Profits rose in the fourth quarter of the year before, the filing shows.',
      MAR_2025,
    );
    expect(tags[0]).toEqual(['the fourth quarter', 'DATE', bare![2]]);
    expect(tags.map((t) => t[0])).toEqual(['the fourth quarter', 'the year before']);
  });

  it("reads 'the first quarter of the year 2023' as one quarter of 2023 in both readings", () => {
    const FEB_2024 = { published: '2024-02-10', locale: 'en-US' } as const;
    const text = 'Growth slowed in the first quarter of the year 2023, revised data show.';
    expect(timeml(text, FEB_2024)).toEqual([
      ['the first quarter of the year 2023', 'DATE', '2023-Q1'],
    ]);
    expect(findMentions(text, FEB_2024).map((m) => [m.text, m.value])).toEqual([
      ['the first quarter of the year 2023', '2023-Q1'],
    ]);
  });

  it("reads 'rebound in the second quarter of the year' as a quarter of the year, not of a game", () => {
    const [bare] = timeml('Exports are expected to grow in the second quarter.', MAR_2025);
    const text = 'Exports are expected to rebound in the second quarter of the year.';
    expect(timeml(text, MAR_2025)).toEqual([['the second quarter of the year', 'DATE', bare![2]]]);
    expect(timeml('He had 12 rebounds in the second quarter.', MAR_2025)).toEqual([]);
  });

  it('leaves the news reading of the quarter its own words, and the year no mention of its own', () => {
    const news = findMentions('Exports fell in the first quarter of the year.', MAR_2025);
    expect(news.map((m) => m.text)).toEqual(['the first quarter']);
  });
});

describe('findTimemlMentions: ages', () => {
  it('does not mark an age written as years old', () => {
    const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;
    expect(timeml('Employees 55 years old or older may retire.', NOV_1989)).toEqual([]);
  });

  it("does not mark an age group written as 'five-year-olds' or '18-month-olds'", () => {
    const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;
    expect(timeml('Vaccination rates among five-year-olds fell.', NOV_1989)).toEqual([]);
    expect(timeml('The clinic sees 18-month-olds and 10-year-olds.', NOV_1989)).toEqual([]);
    expect(timeml('The five-year plan failed.', NOV_1989)).toEqual([
      ['five-year', 'DURATION', 'P5Y'],
    ]);
    expect(timeml('The firm lasted 55 years.', NOV_1989)).toEqual([
      ['55 years', 'DURATION', 'P55Y'],
    ]);
  });
});

describe('findTimemlMentions: a couple of units', () => {
  it('marks the next couple of years as a two-year duration with its article', () => {
    const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;
    expect(timeml('Prices will rise over the next couple of years.', NOV_1989)).toEqual([
      ['the next couple of years', 'DURATION', 'P2Y'],
    ]);
  });

  it('reads "the grand jury could hear from her in a couple of weeks", said on 22 January 1998, as P2W, where it was PXW', () => {
    const JAN_22 = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(timeml('the grand jury could hear from her in a couple of weeks.', JAN_22)).toEqual([
      ['a couple of weeks', 'DURATION', 'P2W'],
    ]);
    expect(timeml('she will be back in a couple of days.', JAN_22)).toEqual([
      ['a couple of days', 'DURATION', 'P2D'],
    ]);
  });

  it('keeps "in a few weeks" uncounted, PXW', () => {
    const JAN_22 = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(timeml('the report is due in a few weeks.', JAN_22)).toEqual([
      ['a few weeks', 'DURATION', 'PXW'],
    ]);
  });
});

describe('findTimemlMentions: deep time earlier than thought', () => {
  it('marks "2,000 years earlier than thought" as the 2,000-year length, not PAST_REF', () => {
    expect(timeml('Humans reached the island 2,000 years earlier than thought.')).toEqual([
      ['2,000 years', 'DURATION', 'P2000Y'],
    ]);
  });
});

describe('findTimemlMentions: uncounted times back', () => {
  it('marks several years ago and months ago as PAST_REF', () => {
    expect(timeml('Support rose several years ago; months ago it fell.')).toEqual([
      ['several years ago', 'DATE', 'PAST_REF'],
      ['months ago', 'DATE', 'PAST_REF'],
    ]);
  });
});

describe('findTimemlMentions: spans up to publication', () => {
  const JUNE_2010 = { published: '2010-06-16', locale: 'en-US' } as const;

  it('marks "less than two weeks ago" as the week two weeks back with mod AFTER, as the guidelines give "less than a year ago"', () => {
    const [m] = findTimemlMentions('The tanker sank less than two weeks ago.', JUNE_2010);
    expect(m).toMatchObject({ text: 'less than two weeks ago', value: '2010-W22', mod: 'AFTER' });
  });

  it('marks "within the past three months" as the duration "the past three months"', () => {
    expect(timeml('Prices rose within the past three months.', JUNE_2010)).toEqual([
      ['the past three months', 'DURATION', 'P3M'],
    ]);
  });

  it('marks "within the past year" as the year before', () => {
    expect(timeml('Costs doubled within the past year.', JUNE_2010)).toEqual([
      ['the past year', 'DATE', '2009'],
    ]);
  });

  it('marks "the past week" and "the past month" with no count as durations of one, as the guidelines mark a span looked back over', () => {
    expect(timeml('Prices rose 3 percent over the past week.', JUNE_2010)).toEqual([
      ['the past week', 'DURATION', 'P1W'],
    ]);
    expect(timeml('Shares fell in the past month as rates rose.', JUNE_2010)).toEqual([
      ['the past month', 'DURATION', 'P1M'],
    ]);
    expect(timeml('Costs doubled within the last month.', JUNE_2010)).toEqual([
      ['the last month', 'DURATION', 'P1M'],
    ]);
  });

  it('does not read "Troops fought through the last month of the war." as the month looked back over', () => {
    const jan1990 = { published: '1990-01-10', locale: 'en-US' } as const;
    const values = timeml('Troops fought through the last month of the war.', jan1990).map(
      ([, , value]) => value,
    );
    expect(values).not.toContain('P1M');
    expect(values).not.toContain('1989-12');
    // Near miss: with no "of" after it, it is still the month looked back over.
    expect(timeml('Troops fought within the last month.', jan1990)).toEqual([
      ['the last month', 'DURATION', 'P1M'],
    ]);
  });

  it('marks "By March 1989, prices had fallen 10 percent over the past month." as one month long', () => {
    const jan1990 = { published: '1990-01-10', locale: 'en-US' } as const;
    expect(
      timeml('By March 1989, prices had fallen 10 percent over the past month.', jan1990),
    ).toEqual([
      ['March 1989', 'DATE', '1989-03'],
      ['the past month', 'DURATION', 'P1M'],
    ]);
  });

  it('keeps "last week" the calendar week gone by and "the past weekend" a weekend', () => {
    expect(timeml('Prices rose last week.', JUNE_2010)).toEqual([
      ['last week', 'DATE', '2010-W23'],
    ]);
    expect(timeml('Shares fell over the past weekend.', JUNE_2010)).toEqual([
      ['the past weekend', 'DATE', '2010-W23-WE'],
    ]);
  });
});

describe('findTimemlMentions: uncounted decades', () => {
  it('marks decades ago as PAST_REF, as several years ago', () => {
    expect(timeml('The quarry closed decades ago.')).toEqual([['decades ago', 'DATE', 'PAST_REF']]);
  });
});

describe('findTimemlMentions: extents of named quarters', () => {
  const NOV_1989 = { published: '1989-11-01', locale: 'en-US' } as const;

  it('takes "fiscal" and the article before it into a quarter', () => {
    expect(timeml('The brewer lost money in the fiscal second quarter.', NOV_1989)).toEqual([
      ['the fiscal second quarter', 'DATE', '1989-Q2'],
    ]);
  });

  it('leaves the article out of a quarter used as an adjective', () => {
    expect(timeml('Analysts expected the third-quarter loss.', NOV_1989)).toEqual([
      ['third-quarter', 'DATE', '1989-Q3'],
    ]);
  });
});

describe('findTimemlMentions: fiscal quarters as adjectives', () => {
  it('leaves the article out of a fiscal quarter used as an adjective', () => {
    expect(
      timeml('The bank posted the fiscal second-quarter loss.', {
        published: '1989-11-01',
        locale: 'en-US',
      }),
    ).toEqual([['fiscal second-quarter', 'DATE', '1989-Q2']]);
  });
});

describe('findTimemlMentions: parts of the day read against the day before them', () => {
  it('marks the next morning as TIME with its part of the day', () => {
    expect(timeml('The dam failed on Jan. 3. The next morning, crews arrived.')).toEqual([
      ['Jan. 3', 'DATE', '2000-01-03'],
      ['The next morning', 'TIME', '2000-01-04TMO'],
    ]);
  });
});

describe('findTimemlMentions: yesterday and tomorrow with a part of the day', () => {
  it('marks yesterday evening as TIME with its part of the day', () => {
    expect(timeml('Rebels attacked yesterday evening.')).toEqual([
      ['yesterday evening', 'TIME', '2000-01-06TEV'],
    ]);
  });
});

describe('findTimemlMentions: a part of the day before its day', () => {
  const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const; // a Thursday

  it('reads a part of the day said before the day as a time of that day', () => {
    expect(timeml('The index slid mid-afternoon yesterday.', NOV_1989)).toEqual([
      ['mid-afternoon yesterday', 'TIME', '1989-11-01TAF'],
    ]);
    expect(timeml('Shares rallied midmorning Friday.', NOV_1989)).toEqual([
      ['midmorning Friday', 'TIME', '1989-10-27TMO'],
    ]);
  });

  it('leaves a part of the day that belongs to the word before it with that word', () => {
    expect(timeml('Sunday night Monday was quiet.', NOV_1989)).toEqual([
      ['Sunday night', 'TIME', '1989-10-29TNI'],
      ['Monday', 'DATE', '1989-10-30'],
    ]);
  });
});

describe('findTimemlMentions: a night counted in a run', () => {
  const readAt = (text: string, published: string) =>
    findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.type, m.value]);

  it('reads "NATO warplanes pounded Serb targets for a second night Thursday", said that Thursday, as the day alone', () => {
    const published = '1999-03-25';
    expect(
      readAt('NATO warplanes pounded Serb targets for a second night Thursday.', published),
    ).toEqual([['Thursday', 'DATE', published]]);
    expect(
      readAt('Allied jets struck Yugoslavia for a third straight night Thursday.', published),
    ).toEqual([['Thursday', 'DATE', published]]);
    expect(
      readAt('Protesters gathered for a second consecutive night Thursday.', published),
    ).toEqual([['Thursday', 'DATE', published]]);
  });

  it('still reads "Sirens sounded late night Thursday" and "Thursday night" as the night of the day', () => {
    const published = '1999-03-25';
    expect(readAt('Sirens sounded in Belgrade late night Thursday.', published)).toEqual([
      ['late night Thursday', 'TIME', `${published}TNI`],
    ]);
    expect(readAt('Sirens sounded in Belgrade Thursday night.', published)).toEqual([
      ['Thursday night', 'TIME', `${published}TNI`],
    ]);
  });
});

describe('findTimemlMentions: guideline rules of the eighth round', () => {
  it('leaves an uncounted span counted back or looked over to its own rule', () => {
    expect(timeml('He left a few days ago, after the past few days of talks.')).toEqual([
      ['a few days ago', 'DATE', 'PAST_REF'],
      ['the past few days', 'DURATION', 'PXD'],
    ]);
  });

  it('reads a count with a capitalised unit as a title, but not a count opening a sentence', () => {
    expect(timeml('In Seven Days, he was back. Seven days later he left.')).toEqual([
      ['Seven days', 'DURATION', 'P7D'],
    ]);
  });

  it('marks "all week long" as a duration of one week', () => {
    expect(timeml('The talks went on all week long.')).toEqual([
      ['all week long', 'DURATION', 'P1W'],
    ]);
  });

  it('reads the season of last year from publication', () => {
    expect(timeml('Sales fell in the summer of last year.')).toEqual([
      ['the summer of last year', 'DATE', '1999-SU'],
    ]);
  });

  it("writes a zone said between the clock time and the day as the time's offset", () => {
    expect(timeml('He arrived at 9 p.m. PST Wednesday.')).toEqual([
      ['9 p.m. PST Wednesday', 'TIME', '2000-01-05T21:00'],
    ]);
  });

  it('does not read a four-digit number without a zone as a clock time', () => {
    expect(timeml('The 1130 employees voted.')).toEqual([]);
  });

  it("reads the week of a day across a year's end by the ISO week-numbering year", () => {
    expect(timeml('The talks ended the week of Jan. 1, 1999.')).toEqual([
      ['the week of Jan. 1, 1999', 'DATE', '1998-W53'],
    ]);
  });

  it('takes "no more than", "at least" and "more than" into a duration\'s extent', () => {
    expect(
      timeml('It takes at least three months, more than a year or no more than 60 days.'),
    ).toEqual([
      ['at least three months', 'DURATION', 'P3M'],
      ['more than a year', 'DURATION', 'P1Y'],
      ['no more than 60 days', 'DURATION', 'P60D'],
    ]);
  });

  it('reads the 2000s as a decade, not a century', () => {
    expect(timeml('It happened in the 2000s.')).toEqual([['the 2000s', 'DATE', '200X']]);
  });

  it('leaves "the last decade" a duration, not the decade before', () => {
    expect(timeml('Prices rose over the last decade.')).toEqual([
      ['the last decade', 'DURATION', 'P10Y'],
    ]);
  });

  it('does not read "all day" in a compound word or a year before a zone as a clock time', () => {
    expect(timeml('He runs all day-care centers, in 2000 UTC terms.')).toEqual([
      ['2000', 'DATE', '2000'],
    ]);
  });
});

describe('findTimemlMentions: two weekdays sharing a part of the day', () => {
  it('gives each of two nights gone by its day and the part of the day they share', () => {
    expect(timeml('Rebels attacked Monday and Tuesday nights.')).toEqual([
      ['Monday', 'TIME', '2000-01-03TNI'],
      ['Tuesday nights', 'TIME', '2000-01-04TNI'],
    ]);
  });
});

describe('findTimemlMentions: recurring days with their part of the day', () => {
  it('reads "every weekday morning" as weekdays with their morning, as "every Monday morning" is', () => {
    expect(timeml('The shuttle runs every weekday morning from the station.')).toEqual([
      ['every weekday morning', 'SET', 'XXXX-WXX-WDTMO'],
    ]);
    expect(timeml('The shuttle runs every Monday morning from the station.')).toEqual([
      ['every Monday morning', 'SET', 'XXXX-WXX-1TMO'],
    ]);
  });

  it('keeps "every weekday" with no part of the day after it as weekdays alone', () => {
    expect(timeml('The shuttle runs every weekday from the station.')).toEqual([
      ['every weekday', 'SET', 'XXXX-WXX-WD'],
    ]);
  });
});

describe('findTimemlMentions: weekends counted back', () => {
  it('marks "two weekends ago" whole, the weekend before last weekend', () => {
    const [ago, last] = timeml('They met two weekends ago, not last weekend.');
    expect(ago).toEqual([
      'two weekends ago',
      'DATE',
      shiftTimex(last![2], { amount: -1, unit: 'week' }),
    ]);
    expect(last![2]).toMatch(/-WE$/);
  });
});

describe('findTimemlMentions: fortnights', () => {
  const twoWeeks = durationValue(2, 'week');

  it('marks a fortnight counted from another time as the duration alone, as a week is', () => {
    expect(timeml('A fortnight later, the ban was lifted.')).toEqual([
      ['A fortnight', 'DURATION', twoWeeks],
    ]);
    expect(timeml('The rules will be reviewed in a fortnight.')).toEqual([
      ['a fortnight', 'DURATION', twoWeeks],
    ]);
  });

  it('marks the past fortnight whole as a duration of two weeks', () => {
    expect(timeml('Cases have doubled in the past fortnight.')).toEqual([
      ['the past fortnight', 'DURATION', twoWeeks],
    ]);
  });

  it('marks no span looked over in "the last fortnight of" a stretch, which closes it', () => {
    expect(
      timeml('The last fortnight of the campaign saw a surge.').filter(
        ([, type]) => type === 'DURATION',
      ),
    ).toEqual([]);
  });
});

describe('findTimemlMentions: the financial year', () => {
  it('keeps "current" before "financial" and another noun a present reference', () => {
    expect(timeml('Investors dislike its current financial difficulties.')).toEqual([
      ['current', 'DATE', 'PRESENT_REF'],
    ]);
  });
});

describe('findTimemlMentions: a year of results up to a month', () => {
  it('marks "the year" before "to" a month as a duration of a year, as before "ended"', () => {
    expect(timeml('The airline carried 20 million passengers in the year to September.')).toEqual([
      ['the year', 'DURATION', durationValue(1, 'year')],
      ['September', 'DATE', monthByTense(9, JAN_2000.published, 'past')],
    ]);
    expect(timeml('The trust made a loss in the financial year ending 31 March.')[0]).toEqual([
      'the financial year',
      'DURATION',
      durationValue(1, 'year'),
    ]);
  });

  it('marks no "the year" before "to" a word that is not a month, a number or "the end of"', () => {
    for (const text of [
      'He was appointed in the year to come.',
      'The year to come will be hard.',
      'She dedicated the year to charity work.',
      'It will be the year to watch.',
      'He gave the year to Charity.',
    ])
      expect(timeml(text).filter(([words]) => /year/i.test(words ?? ''))).toEqual([]);
    expect(timeml('Sales rose 4% in the year to 31 March.')[0]?.[0]).toBe('the year');
    expect(timeml('Sales rose 4% in the year to the end of June.')[0]?.[0]).toBe('the year');
  });

  it('leaves "the year to date" to the year it runs in', () => {
    expect(timeml('Sales in the year to date are up 4%.')).toEqual([
      ['the year to date', 'DATE', JAN_2000.published.slice(0, 4)],
    ]);
  });
});

describe('findTimemlMentions: a count later with no day before it', () => {
  it('marks "Two days" in "Two days later, the minister resigned." as the length, as TimeBank does', () => {
    expect(timeml('Two days later, the minister resigned.')).toEqual([
      ['Two days', 'DURATION', 'P2D'],
    ]);
  });
});

describe('findTimemlMentions: a bound after the date', () => {
  const OCT_1994 = { published: '1994-10-13', locale: 'en-US' } as const; // a Thursday
  const tags = (text: string) =>
    findTimemlMentions(text, OCT_1994).map((m) => [m.text, m.value, m.mod] as const);

  it("leaves ', at the earliest' and ', at the latest' with their comma out of the weekday", () => {
    expect(tags('NASA will try again Saturday, at the earliest, with a new engine.')).toEqual([
      ['Saturday', '1994-10-15', 'AFTER'],
    ]);
    expect(tags('It will reopen Friday, at the latest.')).toEqual([
      ['Friday', '1994-10-14', 'BEFORE'],
    ]);
  });

  it('leaves the bound out without a comma too, and keeps a comma that ends the date alone', () => {
    expect(tags('The vote will come Monday at the earliest.')).toEqual([
      ['Monday', '1994-10-17', 'AFTER'],
    ]);
    expect(tags('The vote will come Monday, when the House returns.')).toEqual([
      ['Monday', '1994-10-17', undefined],
    ]);
  });
});

describe('findTimemlMentions: a half of a fiscal year', () => {
  const NOV_1989 = { published: '1989-11-03', locale: 'en-US' } as const;

  it("reads 'the first half of fiscal 1990' as that fiscal year's half, whole, in both readings", () => {
    const text = '"The first half of fiscal 1990 is going to be difficult," he said.';
    expect(findTimemlMentions(text, NOV_1989).map((m) => [m.text, m.value])).toEqual([
      ['The first half of fiscal 1990', '1990-H1'],
    ]);
    expect(findMentions(text, NOV_1989).map((m) => [m.text, m.value])).toEqual([
      ['The first half of fiscal 1990', '1990-H1'],
    ]);
    expect(
      findTimemlMentions('Sales fell in the second half of fiscal year 1997.', NOV_1989).map(
        (m) => [m.text, m.value],
      ),
    ).toEqual([['the second half of fiscal year 1997', '1997-H2']]);
  });

  it("keeps 'fiscal 1990' alone a year when no half comes before it", () => {
    expect(
      findTimemlMentions('Fiscal 1990 begins.', NOV_1989).map((m) => [m.text, m.value]),
    ).toEqual([['Fiscal 1990', '1990']]);
  });
});

describe('findTimemlMentions: "each of" a span looked over', () => {
  it("marks 'each of the past three years' whole, as TimeBank does", () => {
    const found = findTimemlMentions('Profits fell in each of the past three years.', JAN_2000);
    expect(found).toEqual([
      expect.objectContaining({
        text: 'each of the past three years',
        type: 'DURATION',
        value: 'P3Y',
      }),
    ]);
  });

  it("leaves 'each of' before anything but the span out ('Each of the firms grew over the past year')", () => {
    const found = findTimemlMentions('Each of the firms grew over the past year.', JAN_2000);
    expect(found.map((m) => m.text)).toEqual(['the past year']);
  });
});

describe('the ends of a stretch in TimeML mode', () => {
  const AUGUST = { published: '2009-08-07', locale: 'en-US' } as const;
  const read = (text: string) =>
    findTimemlMentions(text, AUGUST).map((m) => [m.text, m.value] as const);

  it("keeps an end's own year words ('from June to November last year' ends in last year's November)", () => {
    expect(read('Prices fell from June to November last year.')).toEqual([
      ['June', '2009-06'],
      ['November last year', '2008-11'],
    ]);
  });

  // A known gap: each end is read by the tense alone, so a season to come ends in the November
  // gone by.
  it.fails(
    "puts the second end of 'the typhoon season that runs from June to November' after the first",
    () => {
      expect(
        read('Accidents are frequent during the typhoon season that runs from June to November.'),
      ).toEqual([
        ['June', '2009-06'],
        ['November', '2009-11'],
      ]);
    },
  );
});

describe('findTimemlMentions: "more recently" and "most recently"', () => {
  it('marks "most recently" and "More recently" whole, as TimeBank does, with the value PAST_REF', () => {
    expect(timeml('They spoke four times, most recently in mid-December.')).toEqual([
      ['most recently', 'DATE', 'PAST_REF'],
      ['mid-December', 'DATE', '1999-12'],
    ]);
    expect(timeml('More recently, prices fell.')).toEqual([['More recently', 'DATE', 'PAST_REF']]);
  });

  it('still marks a bare "recently" alone, and leaves "more" of an amount out', () => {
    expect(timeml('Prices fell recently.')).toEqual([['recently', 'DATE', 'PAST_REF']]);
    expect(timeml('He earned more, recently.')).toEqual([['recently', 'DATE', 'PAST_REF']]);
  });
});

describe('a while', () => {
  const JAN_22_1998 = { published: '1998-01-22', locale: 'en-US' } as const;
  const timeml = (text: string) =>
    findTimemlMentions(text, JAN_22_1998).map((m) => [m.text, m.type, m.value] as const);

  it('reads "it has been quite a while since", said on 22 January 1998, as PXX in TimeML mode', () => {
    const text = 'it has been quite a while since this town has seen anything like it.';
    expect(timeml(text)).toEqual([['a while', 'DURATION', 'PXX']]);
    expect(findMentions(text, JAN_22_1998)).toEqual([]);
  });

  it('reads no length in "once in a while" or "a while ago"', () => {
    expect(timeml('once in a while it rains.')).toEqual([]);
    expect(timeml('a while ago the president spoke.')).toEqual([]);
  });
});
