import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const NOV_1989 = { published: '1989-11-02', locale: 'en-US' } as const;
const values = (text: string) =>
  findMentions(text, NOV_1989).map((m) => [m.text, m.value] as const);

describe('quarters in earnings news', () => {
  it('reads a hyphenated third-quarter as the quarter just ended', () => {
    expect(values('Savin Corp. reported a third-quarter net loss.')).toEqual([
      ['third-quarter', '1989-Q3'],
    ]);
  });

  it('keeps the quarter just ended when the sentence speaks of the future', () => {
    expect(values('It expects to report a third-quarter loss.')).toEqual([
      ['third-quarter', '1989-Q3'],
    ]);
  });

  it('reads "the quarter" as the quarter last mentioned', () => {
    const found = values('Profit fell in the second quarter. Sales rose 3% in the quarter.');
    expect(found[1]).toEqual(['the quarter', '1989-Q2']);
  });

  it('reads "the latest quarter" with no quarter before it as the last one completed', () => {
    expect(values('In the latest quarter, Aetna had a loss.')).toEqual([
      ['the latest quarter', '1989-Q3'],
    ]);
  });

  it('reads "the same quarter last year" and "the same period a year earlier" as one year-ago quarter', () => {
    const at = (text: string, published: string) =>
      findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const);
    expect(at('Revenue rose 12% from the same quarter last year.', '2025-10-28')).toEqual([
      ['the same quarter last year', '2024-Q3'],
    ]);
    expect(
      at('Third-quarter profit fell 3% from the same period a year earlier.', '2025-10-28'),
    ).toEqual([
      ['Third-quarter', '2025-Q3'],
      ['the same period a year earlier', '2024-Q3'],
    ]);
    expect(at('Sales rose 4% from the same quarter a year ago.', '2025-10-28')).toEqual([
      ['the same quarter a year ago', '2024-Q3'],
    ]);
    expect(
      at('Sales in the fourth quarter rose on the same period of last year.', '2026-01-29'),
    ).toEqual([
      ['the fourth quarter', '2025-Q4'],
      ['the same period of last year', '2024-Q4'],
    ]);
    expect(
      at('Net income rose from the corresponding quarter of the previous year.', '2025-07-30'),
    ).toEqual([['the corresponding quarter of the previous year', '2024-Q2']]);
  });

  it('reads "the same period last year" after a half or a month as that half or month a year before', () => {
    const at = (text: string) =>
      findMentions(text, { published: '2025-08-05', locale: 'en-US' }).map(
        (m) => [m.text, m.value] as const,
      );
    expect(at('Sales in the first half rose 5% from the same period last year.')).toEqual([
      ['the first half', '2025-H1'],
      ['the same period last year', '2024-H1'],
    ]);
    expect(at('Sales in July rose 5% from the same period last year.')).toEqual([
      ['July', '2025-07'],
      ['the same period last year', '2024-07'],
    ]);
  });

  it('does not take a month after "to", "ending", "ended" or "through" for the period "the same period" means', () => {
    const at = (text: string) =>
      findMentions(text, { published: '2025-08-01', locale: 'en-GB' }).map(
        (m) => [m.text, m.value] as const,
      );
    expect(
      at('Sales in the three months to June rose 3% on the same period last year.').at(-1),
    ).toEqual(['last year', '2024']);
    expect(
      at('Profit in the six months ending June fell from the same period last year.').at(-1),
    ).toEqual(['last year', '2024']);
    expect(at('Sales in June rose 3% on the same period last year.').at(-1)).toEqual([
      'the same period last year',
      '2024-06',
    ]);
  });

  it('reads "the corresponding period last year" after a quarter ended on a day in the sentence before as the year-ago quarter', () => {
    const text =
      'The firm reported a loss for the third quarter ended Sept. 30. These results compare with a profit for the corresponding period last year.';
    expect(
      findMentions(text, { published: '2025-10-28', locale: 'en-US' })
        .map((m) => [m.text, m.value] as const)
        .at(-1),
    ).toEqual(['the corresponding period last year', '2024-Q3']);
  });

  it('reads "the same period last year" with no quarter, half or month named before as the year alone', () => {
    const at = (text: string) =>
      findMentions(text, { published: '2025-12-05', locale: 'en-US' }).map(
        (m) => [m.text, m.value] as const,
      );
    expect(at('Sales may fall from the same period last year, the federation said.')).toEqual([
      ['last year', '2024'],
    ]);
    expect(
      at('Holiday sales rose 3% from the same period last year, the federation said.'),
    ).toEqual([['last year', '2024']]);
    expect(
      at(
        'Grocery inflation was 4.2% in the 12 weeks to 30 November, up from the same period a year earlier.',
      ),
    ).toEqual([
      ['12 weeks', 'P12W'],
      ['30 November', '2025-11-30'],
      ['a year earlier', '2024'],
    ]);
  });

  it('reads no year-ago quarter in "the same time last year" or "the same period last summer"', () => {
    const at = (text: string) =>
      findMentions(text, { published: '2025-10-28', locale: 'en-US' }).map(
        (m) => [m.text, m.value] as const,
      );
    expect(at('At the same time last year, the firm was losing money.')).toEqual([
      ['last year', '2024'],
    ]);
    expect(at('The same period last summer was dry.')).toEqual([['last summer', '2025-SU']]);
  });

  it('reads the year-ago quarter as the reported quarter a year before', () => {
    const found = values('Net rose in the third quarter from the year-ago quarter.');
    expect(found[1]).toEqual(['the year-ago quarter', '1988-Q3']);
  });

  it('reads "a year earlier" and "a year ago" after a quarter as that quarter a year before', () => {
    const found = values(
      'It earned $5 million in the third quarter, up from $4 million a year earlier.',
    );
    expect(found[1]).toEqual(['a year earlier', '1988-Q3']);
    const ago = values('Third-quarter sales rose 5% from a year ago.');
    expect(ago[1]).toEqual(['a year ago', '1988-Q3']);
  });

  it('leaves "a quarter of" alone', () => {
    expect(values('A quarter of the staff left.')).toEqual([]);
  });

  it("reads no quarter in 'the quarter-final' or 'the quarter-finals', a round of a cup", () => {
    expect(values('The quarter-final is on Saturday.')).toEqual([['on Saturday', '1989-11-04']]);
    expect(values('She lost in the quarter-finals.')).toEqual([]);
    expect(values('The quarter-finalist was knocked out.')).toEqual([]);
    expect(values('The quarter ended in September.').map(([t]) => t)).toEqual([
      'The quarter',
      'September',
    ]);
  });
});

describe('quarters named with their year', () => {
  it('reads "China will invest 150 billion yuan during the 1996-2000 period", said on 3 December 1998, as 1996/2000 in the news reading and nothing in TimeML mode, not 2000-Q3', () => {
    const text =
      'China will invest 150 billion yuan in water projects during the 1996-2000 period.';
    const DEC_1998 = { published: '1998-12-03', locale: 'en-US' } as const;
    expect(findMentions(text, DEC_1998).map((m) => [m.text, m.value])).toEqual([
      ['1996-2000', '1996/2000'],
    ]);
    expect(findTimemlMentions(text, DEC_1998)).toEqual([]);
  });

  it('keeps "the 1988 period" after a quarter a quarter, with no stretch of years before it', () => {
    const found = values(
      'Profit in the third quarter rose 5% from the 1988 period, to $4 million.',
    );
    expect(found[1]).toEqual(['the 1988 period', '1988-Q3']);
  });

  it('reads "this year\'s third quarter" and "the 1988 period" with the reported quarter', () => {
    const found = values('Profit in the third quarter rose from the 1988 period.');
    expect(found[1]).toEqual(['the 1988 period', '1988-Q3']);
    expect(values("Sales in this year's third quarter rose.")).toEqual([
      ["this year's third quarter", '1989-Q3'],
    ]);
  });

  it('keeps the reported quarter after a comparison with a year before', () => {
    const found = values(
      'Net rose in the third quarter from a year earlier. Sales rose in the quarter.',
    );
    expect(found.map(([, v]) => v)).toEqual(['1989-Q3', '1988-Q3', '1989-Q3']);
  });
});

describe('quarters: the latest period and fiscal years', () => {
  it('reads "the latest period" as the reported quarter', () => {
    expect(values('Net fell in the latest period.')).toEqual([['the latest period', '1989-Q3']]);
  });

  it('takes "fiscal" into a year', () => {
    expect(values('Profit in fiscal 1989 rose.')).toEqual([['fiscal 1989', '1989']]);
  });
});

describe('quarters: what a comparison is made with', () => {
  it('keeps the quarter, not its last day, as what "a year ago" compares with', () => {
    const found = values(
      'It earned $4 million in the fiscal first quarter ended Sept. 30. It lost $2 million a year ago.',
    );
    expect(found.at(-1)).toEqual(['a year ago', '1988-Q1']);
  });

  it('compares "a year earlier" after "a year ago" with the same quarter, not a year before that', () => {
    const found = values(
      'Net was $4 million for the second quarter ended June 30, against a loss a year ago. Sales rose from a year earlier.',
    );
    expect(found.slice(-2)).toEqual([
      ['a year ago', '1988-Q2'],
      ['a year earlier', '1988-Q2'],
    ]);
  });

  it('compares "the year-ago period" with the quarter reported, not a quarter still to come', () => {
    const found = values(
      'Profit fell in the third quarter. Losses may last through the third quarter of 1990. In the year-ago period, it earned $1 million.',
    );
    expect(found.at(-1)).toEqual(['the year-ago period', '1988-Q3']);
  });

  it('compares "the year-earlier quarter" with the quarter under way that was named before it', () => {
    // Published in the fourth quarter: its results so far are compared with a year before.
    const found = values(
      'The company earned $4 million in the fourth quarter. Revenue in the year-earlier quarter was $3 million.',
    );
    expect(found).toEqual([
      ['the fourth quarter', '1989-Q4'],
      ['the year-earlier quarter', '1988-Q4'],
    ]);
    const timeml = findTimemlMentions(
      'Fourth-quarter sales so far are below the year-ago quarter.',
      NOV_1989,
    );
    expect(timeml.map((m) => m.value)).toEqual(['1989-Q4', '1988-Q4']);
  });

  it('still compares "the year-ago period" with the last quarter completed after a quarter of next year', () => {
    const found = values(
      'Losses may last through the first quarter of 1990. In the year-ago period, it earned $1 million.',
    );
    expect(found.at(-1)).toEqual(['the year-ago period', '1988-Q3']);
  });

  it('reads "the same period last year" after a stretch of months as that stretch a year before', () => {
    const july = { published: '2024-07-13', locale: 'en-US' } as const;
    const read = (text: string) => findMentions(text, july).map((m) => [m.text, m.value]);
    expect(
      read('Exports rose 4% between January and May, from the same period last year.'),
    ).toEqual([
      ['between January and May', '2024-01/2024-05'],
      ['the same period last year', '2023-01/2023-05'],
    ]);
    expect(
      read('Exports from January to April rose 4% from the same period last year.').at(-1),
    ).toEqual(['the same period last year', '2023-01/2023-04']);
    // Near misses: a month alone, and a month named after the stretch.
    expect(read('Exports rose in May from the same period last year.').at(-1)).toEqual([
      'the same period last year',
      '2023-05',
    ]);
    expect(
      read(
        'Exports rose between January and May. In June they rose from the same period last year.',
      ).at(-1),
    ).toEqual(['the same period last year', '2023-06']);
  });

  it('finds no quarter in "the quarter-to-quarter comparison"', () => {
    expect(values('The quarter-to-quarter comparison was helped by charges.')).toEqual([]);
  });

  it('reads "the quarter" as the quarter named before a month mentioned in between', () => {
    const found = values(
      'It earned $5 million in the fiscal first quarter. Earlier this month it said it would break even for the quarter.',
    );
    expect(found.at(-1)).toEqual(['the quarter', '1989-Q1']);
  });

  it('does not make "the 1988 period" the quarter that "the quarter" means', () => {
    const found = values(
      'It earned $5 million in the fiscal first quarter. In the 1988 period it earned $20 million. Earlier this month it expected a loss for the quarter.',
    );
    expect(found.map(([, v]) => v)).toEqual(['1989-Q1', '1988-Q1', '1989-11', '1989-Q1']);
  });

  it('reads "the latest quarter" as the one completed when a quarter named further back is still to come', () => {
    const found = values(
      'Losses may go on into the fourth quarter, analysts said in October. In the latest quarter, it lost $2 million.',
    );
    expect(found.at(-1)).toEqual(['the latest quarter', '1989-Q3']);
  });
});

describe('a quarter named by the day that ended it', () => {
  const read = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const);

  it.each([
    [
      'The company reported revenue of $5 billion for the quarter ended June 30.',
      '2025-12-10',
      '2025-Q2',
    ],
    ['Revenue rose 8% in the quarter that ended Sept. 30.', '2025-12-10', '2025-Q3'],
    ['Revenue rose 8% in the quarter that ended Sept. 30.', '2025-02-10', '2024-Q3'],
  ])(
    'reads "the quarter" in %j as the calendar quarter that day ends',
    (text, published, value) => {
      const found = read(text, published);
      expect(found[0]).toEqual(['the quarter', value]);
      // The day is that quarter's last day.
      expect(found[1]![1].slice(0, 4)).toBe(value.slice(0, 4));
    },
  );

  it('compares "a year earlier" with the quarter that day ended', () => {
    const found = read(
      'Sales rose in the quarter ended June 30 from a year earlier.',
      '2025-12-10',
    );
    expect(found.at(-1)).toEqual(['a year earlier', '2024-Q2']);
  });

  it('keeps "the quarter" as the quarter named before, perhaps a fiscal one, whatever day ends it', () => {
    const found = values(
      'It earned $5 million in the fiscal first quarter. Revenue for the quarter ended Sept. 30 rose.',
    );
    expect(found.filter(([words]) => words.endsWith('quarter')).map(([, value]) => value)).toEqual([
      '1989-Q1',
      '1989-Q1',
    ]);
  });

  it('leaves a fiscal quarter that ends on no calendar quarter end as read', () => {
    const text = 'Revenue for the quarter ended Jan. 26 rose 78%.';
    const found = read(text, '2025-12-10');
    const alone = read('Revenue for the quarter rose 78%.', '2025-12-10');
    expect(found[0]).toEqual(alone[0]);
  });
});

describe('quarters named by a month', () => {
  const MAY_2025 = { published: '2025-05-02', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, MAY_2025).map((m) => [m.text, m.value]);

  it('reads "the three months to June" as the quarter that ends in June, in the news reading', () => {
    const NOV_2026 = { published: '2026-11-18', locale: 'en-GB' } as const;
    const texts = (text: string) =>
      findMentions(text, NOV_2026).map((m) => [m.text, m.type, m.value]);
    expect(texts('Sales rose 4% in the three months to June.')).toEqual([
      ['the three months to June', 'DATE', '2026-Q2'],
    ]);
    expect(texts('Profit rose in the three months ended Sept. 30, the bank said.')).toEqual([
      ['the three months ended Sept. 30', 'DATE', '2026-Q3'],
    ]);
    // TimeML mode keeps the length and the month (or day) apart.
    expect(
      findTimemlMentions('Sales rose 4% in the three months to June.', NOV_2026).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([
      ['the three months', 'P3M'],
      ['June', '2026-06'],
    ]);
  });

  it('keeps three months to a month that ends no quarter, or to a day short of its end, a length and a date', () => {
    const NOV_2026 = { published: '2026-11-18', locale: 'en-GB' } as const;
    const texts = (text: string) => findMentions(text, NOV_2026).map((m) => [m.text, m.value]);
    expect(texts('Sales rose 4% in the three months to August.')).toEqual([
      ['three months', 'P3M'],
      ['August', '2026-08'],
    ]);
    expect(texts('Sales rose 4% in the three months to June 12.')).toEqual([
      ['three months', 'P3M'],
      ['June 12', '2026-06-12'],
    ]);
  });

  it('keeps "has the three months to September to file" a length and a month, no quarter', () => {
    const DEC_2026 = { published: '2026-12-02', locale: 'en-GB' } as const;
    const texts = (text: string) => findMentions(text, DEC_2026).map((m) => [m.text, m.value]);
    expect(texts('The company has the three months to September to file its accounts.')).toEqual([
      ['three months', 'P3M'],
      ['September', '2026-09'],
    ]);
    expect(texts('Output fell in the three months to September to a record low.')).toEqual([
      ['the three months to September', '2026-Q3'],
    ]);
  });

  it('reads "the March quarter" as the quarter holding that month', () => {
    expect(read('Mac revenue climbed 7% in the March quarter.')).toEqual([
      ['the March quarter', '2025-Q1'],
    ]);
  });

  it("takes a month gone by as last year's, and one ahead as this year's when the sentence looks ahead", () => {
    expect(read('Margins narrowed in the December quarter.')).toEqual([
      ['the December quarter', '2024-Q4'],
    ]);
    expect(read('The miner will ship more ore in its fiscal September quarter.')).toEqual([
      ['its fiscal September quarter', '2025-Q3'],
    ]);
  });

  it('compares "a year earlier" with the quarter the month names', () => {
    expect(read('Profit in the March quarter rose from a year earlier.')).toEqual([
      ['the March quarter', '2025-Q1'],
      ['a year earlier', '2024-Q1'],
    ]);
  });

  it('reads "Results for the September quarter will be published next week", said in November, as the quarter just ended, as "the third quarter" is', () => {
    const november = { published: '2025-11-20', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, november)[0]?.value;
    const text = 'Results for the September quarter will be published next week.';
    expect(value(text)).toBe('2025-Q3');
    expect(value(text)).toBe(value(text.replace('September', 'third')));
    // Near misses: a quarter ahead is still this year's or the next one, and one gone by last
    // year's.
    expect(value('The miner will ship more ore in the December quarter.')).toBe('2025-Q4');
    expect(value('The miner will ship more ore in the March quarter.')).toBe('2026-Q1');
    expect(value('Sales rose in the September quarter.')).toBe('2025-Q3');
  });

  it('leaves a month that is not before "quarter" a month', () => {
    expect(read('Sales rose in March, a quarter of them online.')).toEqual([['March', '2025-03']]);
  });
});

describe('quarters named by their months', () => {
  const FEB_2026 = { published: '2026-02-05', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, FEB_2026).map((m) => [m.text, m.value]);
  const readTimeml = (text: string) =>
    findTimemlMentions(text, FEB_2026).map((m) => [m.text, m.value]);

  it("reads 'the October-December period' as the quarter just gone, and 'a year earlier' after it as that quarter a year before", () => {
    const text = 'Operating profit for the October-December period doubled from a year earlier.';
    const expected = [
      ['the October-December period', '2025-Q4'],
      ['a year earlier', '2024-Q4'],
    ];
    expect(read(text)).toEqual(expected);
    expect(readTimeml(text)).toEqual(expected);
  });

  it("reads 'the April-June quarter' and 'the July–September period' as the nearest such quarter", () => {
    expect(read('The carmaker expects sales to recover in the April-June quarter.')).toEqual([
      ['the April-June quarter', '2026-Q2'],
    ]);
    expect(readTimeml('Exports fell sharply in the July–September period.')).toEqual([
      ['the July–September period', '2025-Q3'],
    ]);
  });

  it('leaves months that are not one quarter, or not before quarter or period, as months', () => {
    expect(
      read('The show ran through the November-January period.').map((m) => m[0]),
    ).not.toContain('the November-January period');
    expect(read('Prices rose in the October-December stretch.').map((m) => m[0])).not.toContain(
      'the October-December stretch',
    );
  });
});

describe('the same period last year, no period named, in TimeML mode', () => {
  const timemlValues = (text: string) =>
    findTimemlMentions(text, NOV_1989).map((m) => [m.text, m.type, m.value] as const);

  it('reads "the same period last year" as one expression valued the year before publication', () => {
    expect(timemlValues('Sales rose 4 percent from the same period last year.')).toEqual([
      ['the same period last year', 'DATE', '1988'],
    ]);
  });

  it('keeps the period named before it, and "a year earlier" read alone', () => {
    expect(
      timemlValues('Third-quarter sales rose 4 percent from the same period last year.'),
    ).toEqual([
      ['Third-quarter', 'DATE', '1989-Q3'],
      ['the same period last year', 'DATE', '1988-Q3'],
    ]);
    expect(timemlValues('Sales rose 4 percent from the same period a year earlier.')).toEqual([
      ['a year earlier', 'DATE', '1988'],
    ]);
  });

  it('leaves the news reading with "last year" alone', () => {
    expect(values('Sales rose 4 percent from the same period last year.')).toEqual([
      ['last year', '1988'],
    ]);
  });
});
