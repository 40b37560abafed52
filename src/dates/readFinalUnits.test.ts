import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Friday.
const NOV_25 = { published: '2016-11-25', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, NOV_25).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, NOV_25).map((m) => [m.text, m.type, m.value] as const);

describe('readFinalUnits', () => {
  it("reads no day in 'the last day of the festival' or 'his last day in office', which are no yesterday", () => {
    for (const text of [
      'Screenings run again on the last day of the festival.',
      'He spent his last day in office signing pardons.',
      'It was her final week at the company.',
      'In the last year of his presidency, he traveled widely.',
    ]) {
      expect(read(text), text).toEqual([]);
      expect(readTimeml(text), text).toEqual([]);
    }
  });

  it("keeps the date of a final unit that sits beside it ('on Sunday, the last day of the festival')", () => {
    expect(read('The films will be shown on Sunday, the last day of the festival.')).toEqual([
      ['on Sunday', 'DATE', '2016-11-27'],
    ]);
  });

  it("reads 'the first day of the year' as Jan. 1 of the publication year, as the last is Dec. 31", () => {
    expect(read('The first day of the year saw 40 flood warnings.')).toEqual([
      ['The first day of the year', 'DATE', '2016-01-01'],
    ]);
    expect(readTimeml('It was the last day of the year.')).toEqual([
      ['the last day of the year', 'DATE', '2016-12-31'],
    ]);
  });

  it("leaves 'the last day of the year 1999' to the year it names", () => {
    expect(read('Trading ended on the last day of the year 1999.')).toEqual([
      ['1999', 'DATE', '1999'],
    ]);
  });

  it("still reads the last day of a calendar stretch and 'last week' itself", () => {
    expect(read('Rent is due on the last day of the month.')).toEqual([
      ['last day of the month', 'DATE', '2016-11-30'],
    ]);
    expect(read('Talks continue until the last week of March.')).toEqual([
      ['the last week of March', 'DATE', '2017-03'],
    ]);
    expect(read('Prices rose last week.')).toEqual([['last week', 'DATE', '2016-W46']]);
    expect(readTimeml('Prices rose last week.')).toEqual([['last week', 'DATE', '2016-W46']]);
  });

  it("reads 'in the last year as investors bet' and 'over the last year at the expense of' as the span up to now, as before", () => {
    const FEB = { published: '2024-02-06', locale: 'en-US' } as const;
    const readFeb = (text: string) =>
      findMentions(text, FEB).map((m) => [m.text, m.type, m.value] as const);
    expect(
      readFeb('Shares have gained 12 percent in the last year as investors bet on rate cuts.'),
    ).toEqual([['the last year', 'DATE', '2023']]);
    expect(
      readFeb('Prices at the pump have risen 30 cents in the last week as refiners cut output.'),
    ).toEqual([['the last week', 'DATE', '2024-W05']]);
    expect(read('Crude rose 2 percent in the last week as OPEC signaled cuts.')).toEqual([
      ['the last week', 'DATE', '2016-W46'],
    ]);
    expect(
      read("Ford's market share slipped over the last year at the expense of Toyota."),
    ).toEqual([['the last year', 'DATE', '2015']]);
    expect(read('Sales in the last month at stores open a year rose 3 percent.')).toContainEqual([
      'the last month',
      'DATE',
      '2016-10',
    ]);
    expect(read('It was the worst performance in the last year of any major index.')).toEqual([
      ['the last year', 'DATE', '2015'],
    ]);
    expect(
      findMentions('The stock has lost half its value over the last year as profits slumped.', {
        published: '1997-03-10',
        locale: 'en-US',
      }).map((m) => [m.text, m.value]),
    ).toEqual([['the last year', '1996']]);
  });

  it("reads 'questioned her last week' as the week gone by: 'her' is a final unit's only before 'final'", () => {
    expect(read('Police questioned her last week at the station.')).toEqual([
      ['last week', 'DATE', '2016-W46'],
    ]);
  });

  it("reads 'the last day of the year' and 'the last night of the year' as Dec. 31, in both readings", () => {
    expect(read('Markets will close early on the last day of the year.')).toEqual([
      ['the last day of the year', 'DATE', '2016-12-31'],
    ]);
    expect(read('Revelers packed the square on the last night of the year.')).toEqual([
      ['the last night of the year', 'DATE', '2016-12-31'],
    ]);
    expect(readTimeml('Markets will close early on the last day of the year.')).toEqual([
      ['the last day of the year', 'DATE', '2016-12-31'],
    ]);
  });

  it("reads no day in a deadline's 'the last day to enroll', which is no yesterday", () => {
    expect(read('The last day to enroll is Dec. 15.')).toEqual([['Dec. 15', 'DATE', '2016-12-15']]);
    expect(readTimeml('Friday is the last day to claim the rebate.')).toEqual([
      ['Friday', 'DATE', '2016-11-25'],
    ]);
    expect(read('The final week for applications starts Monday.')).toEqual([
      ['Monday', 'DATE', '2016-11-28'],
    ]);
  });

  it("keeps 'the last year to March' and 'the last year for which' as the span up to now", () => {
    expect(read('Prices rose 2% in the last year to March.').map(([words]) => words)).toContain(
      'the last year',
    );
    expect(read('Output fell in the last year for which figures exist.')).not.toEqual([]);
  });

  it("keeps 'the last month for renters' and 'the last week to the end of March' as spans, no deadline", () => {
    expect(read('The last month for renters has been one of rising costs.')).toEqual([
      ['The last month', 'DATE', '2016-10'],
    ]);
    expect(
      read('Sales rose 2% in the last week to the end of March.').map(([words]) => words),
    ).toContain('the last week');
  });

  it('reads "last day" in "Police made 40 arrests on the year\'s last day", said on 2 January 1990, as 1989-12-31', () => {
    const options = { published: '1990-01-02', locale: 'en-US' } as const;
    const text = "Police made 40 arrests on the year's last day, the department said.";
    for (const find of [findMentions, findTimemlMentions])
      expect(find(text, options).map((m) => [m.text, m.value])).toEqual([
        ['the year', '1989'],
        ['last day', '1989-12-31'],
      ]);
  });

  it('reads "On the last day of the year, the index closed at 2,753", said on 4 January 2010, as 2009-12-31', () => {
    const options = { published: '2010-01-04', locale: 'en-US' } as const;
    const text = 'On the last day of the year, the index closed at 2,753.';
    for (const find of [findMentions, findTimemlMentions])
      expect(find(text, options).map((m) => [m.text, m.value])).toEqual([
        ['the last day of the year', '2009-12-31'],
      ]);
  });

  it('still reads "The law took effect on the year\'s first day", said on 3 January 2006, as 2006-01-01, and "Fireworks are planned for the year\'s last day", said on 30 December 1998, as 1998-12-31', () => {
    expect(
      findMentions("The law took effect on the year's first day.", {
        published: '2006-01-03',
        locale: 'en-US',
      }).map((m) => [m.text, m.value]),
    ).toContainEqual(['first day', '2006-01-01']);
    expect(
      findTimemlMentions("Fireworks are planned for the year's last day.", {
        published: '1998-12-30',
        locale: 'en-US',
      }).map((m) => [m.text, m.value]),
    ).toContainEqual(['last day', '1998-12-31']);
  });

  it('still reads "The scheme will close on the last day of the year", said on 3 January 2010, as 2010-12-31', () => {
    expect(
      findMentions('The scheme will close on the last day of the year.', {
        published: '2010-01-03',
        locale: 'en-GB',
      }).map((m) => [m.text, m.value]),
    ).toEqual([['the last day of the year', '2010-12-31']]);
  });

  it('reads "Y2K teams will stay on call through the last week of the year", said on 20 December 1999, as the week 1999-W52 in both readings', () => {
    const options = { published: '1999-12-20', locale: 'en-US' } as const;
    const text = 'Y2K teams will stay on call through the last week of the year.';
    for (const find of [findMentions, findTimemlMentions])
      expect(find(text, options).map((m) => [m.text, m.value])).toContainEqual([
        'the last week of the year',
        '1999-W52',
      ]);
  });

  it('reads "the final week of the year", said on 10 December 1998, as 1998-W53, the year having 53 weeks', () => {
    const options = { published: '1998-12-10', locale: 'en-US' } as const;
    expect(
      findTimemlMentions('Sales peak in the final week of the year.', options).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([['the final week of the year', '1998-W53']]);
  });

  it('reads "Computer teams will stay on call through the first week of the year", said on 29 December 1999, as the week 2000-W01 in both readings', () => {
    const options = { published: '1999-12-29', locale: 'en-US' } as const;
    const text = 'Computer teams will stay on call through the first week of the year.';
    for (const find of [findMentions, findTimemlMentions])
      expect(find(text, options).map((m) => [m.text, m.value])).toEqual([
        ['the first week of the year', '2000-W01'],
      ]);
  });

  it('reads "The new law takes effect on the first day of the year", said on 20 December 1999, as 2000-01-01', () => {
    const options = { published: '1999-12-20', locale: 'en-US' } as const;
    expect(
      findMentions('The new law takes effect on the first day of the year.', options).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([['the first day of the year', '2000-01-01']]);
  });

  it('reads "Sales fell in the first week of the year", told in the past on 20 December 1999, as 1999-W01', () => {
    const options = { published: '1999-12-20', locale: 'en-US' } as const;
    expect(
      findMentions('Sales fell in the first week of the year.', options).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([['the first week of the year', '1999-W01']]);
  });

  it('reads "Retail sales are up 8% from the first week of the year", said on 14 December 1999, as 1999-W01, a start gone by (review)', () => {
    const options = { published: '1999-12-14', locale: 'en-US' } as const;
    for (const text of [
      'Retail sales are up 8% from the first week of the year.',
      'The index is up 20% since the first week of the year.',
    ])
      expect(findMentions(text, options).map((m) => [m.text, m.value])).toContainEqual([
        'the first week of the year',
        '1999-W01',
      ]);
    expect(
      findMentions('The new fares apply from the first day of the year.', options).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([['the first day of the year', '2000-01-01']]);
  });

  it('reads "Banks had stocked extra cash for the last day of 1999", said on 2 January 2000, as 1999-12-31 in both readings', () => {
    const options = { published: '2000-01-02', locale: 'en-US' } as const;
    const text =
      'Banks had stocked extra cash for the last day of 1999, but withdrawals were light.';
    for (const find of [findMentions, findTimemlMentions])
      expect(find(text, options).map((m) => [m.text, m.value])).toEqual([
        ['the last day of 1999', '1999-12-31'],
      ]);
  });

  it('reads "the first week of 2000" and "the last week of 1998" as ISO weeks, and leaves "the last week of 1999-2000" alone', () => {
    const options = { published: '2000-01-05', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, options).map((m) => [m.text, m.value]);
    expect(values('Traffic was light in the first week of 2000.')).toEqual([
      ['the first week of 2000', '2000-W01'],
    ]);
    expect(values('Sales peaked in the last week of 1998.')).toEqual([
      ['the last week of 1998', '1998-W53'],
    ]);
    expect(
      values('Sales peaked in the last week of 1999-2000.').map(([text]) => text),
    ).not.toContain('the last week of 1999');
  });

  it('leaves "the last week of March" and "the last week of the year 1998" to the passes that read them', () => {
    const options = { published: '1999-12-20', locale: 'en-US' } as const;
    const values = (text: string) => findTimemlMentions(text, options).map((m) => m.value);
    expect(values('Sales fell in the last week of March.')).not.toContain('1999-W52');
    expect(values('The last week of the year 1998 was slow.')).not.toContain('1998-W53');
  });

  it('reads "The bill died on the last day of 1999\'s legislative session", said on 15 June 1999, as the year 1999 and no day', () => {
    const options = { published: '1999-06-15', locale: 'en-US' } as const;
    for (const [text, year] of [
      ["The bill died on the last day of 1999's legislative session.", '1999'],
      ["Lawmakers passed the budget on the final day of 2000's session.", '2000'],
      ["The measure was introduced in the first week of 1999's session.", '1999'],
      ["The first day of 1999's trading was quiet.", '1999'],
    ] as const)
      for (const find of [findMentions, findTimemlMentions])
        expect(find(text, options).map((m) => [m.text, m.value])).toEqual([[year, year]]);
  });

  it('reads no day in "the last day of the Sydney Olympics", said on 20 September 2000', () => {
    const options = { published: '2000-09-20', locale: 'en-US' } as const;
    const text = 'The marathon is set for the last day of the Sydney Olympics.';
    for (const find of [findMentions, findTimemlMentions]) expect(find(text, options)).toEqual([]);
  });

  it('still reads "the last day of 1999" and "the first day of 1999" as days of the year written', () => {
    const options = { published: '1999-06-15', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, options).map((m) => [m.text, m.value]);
    expect(values('Markets will close early on the last day of 1999.')).toEqual([
      ['the last day of 1999', '1999-12-31'],
    ]);
    expect(values('The first day of 1999 was quiet.')).toEqual([
      ['The first day of 1999', '1999-01-01'],
    ]);
  });
});
