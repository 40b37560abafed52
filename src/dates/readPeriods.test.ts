import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_2024 = { published: '2024-03-14', locale: 'en-US' } as const;

/** Text, value and mod of every mention in the news reading. */
function news(text: string): Array<[string, string, string | undefined]> {
  return findMentions(text, MARCH_2024).map((m) => [m.text, m.value, m.mod]);
}

/** Text, value and mod of every mention in TimeML mode. */
function timeml(text: string): Array<[string, string, string | undefined]> {
  return findTimemlMentions(text, MARCH_2024).map((m) => [m.text, m.value, m.mod]);
}

describe('readPeriods: a half of a month', () => {
  it('reads "the second half of May" as the month with END in both readings', () => {
    expect(news('Output grew in the second half of May.')).toEqual([
      ['the second half of May', '2023-05', 'END'],
    ]);
    expect(timeml('Output grew in the second half of May.')).toEqual([
      ['the second half of May', '2023-05', 'END'],
    ]);
  });

  it('reads "the first half of June" as START and "the latter half of April 2025" as END', () => {
    expect(news('Output will grow in the first half of June.')).toEqual([
      ['the first half of June', '2024-06', 'START'],
    ]);
    expect(news('Talks run through the latter half of April 2025.')).toEqual([
      ['the latter half of April 2025', '2025-04', 'END'],
    ]);
  });

  it('takes the half into a decade\'s extent, as TimeBank marks "the last half of the \'80s"', () => {
    expect(timeml("Prices fell in the last half of the '80s.")).toEqual([
      ["the last half of the '80s", '198X', 'END'],
    ]);
  });

  it("leaves a year's halves to H1 and H2, and a game's half unread", () => {
    expect(news('Sales rose in the first half of the year.')).toEqual([
      ['the first half of the year', '2024-H1', undefined],
    ]);
    expect(news('Sales rose in the first half of last year.')).toEqual([
      ['the first half of last year', '2023-H1', undefined],
    ]);
    expect(news('He scored in the second half of the game.')).toEqual([]);
  });
});

describe('readPeriods: "this" before "past" or "coming"', () => {
  it('takes "this" into "this past weekend" and "this coming week" in both readings', () => {
    // 14 March 2024 is a Thursday of ISO week 11.
    expect(news('Crowds filled the park this past weekend.')).toEqual([
      ['this past weekend', '2024-W10-WE', undefined],
    ]);
    expect(timeml('Crowds filled the park this past weekend.')).toEqual([
      ['this past weekend', '2024-W10-WE', undefined],
    ]);
    expect(news('The council votes this coming week.')).toEqual([
      ['this coming week', '2024-W12', undefined],
    ]);
    expect(timeml('The council votes this coming week.')).toEqual([
      ['this coming week', '2024-W12', undefined],
    ]);
  });

  it('reads "this past year" as the year gone by and "this coming month" as the next', () => {
    expect(news('Rents climbed this past year.')).toEqual([['this past year', '2023', undefined]]);
    expect(news('The mill reopens this coming month.')).toEqual([
      ['this coming month', '2024-04', undefined],
    ]);
  });

  it('does not take a "this" cut off by a mark, and keeps "the coming week" as it was', () => {
    expect(news('Officials said this: coming weeks will be hard.').map(([t]) => t)).toEqual([
      'coming weeks',
    ]);
    expect(news('Nobody expected this, past weekend or not.')).toEqual([
      ['past weekend', '2024-W10-WE', undefined],
    ]);
    expect(news('The council votes the coming week.')).toEqual([
      ['the coming week', '2024-W12', undefined],
    ]);
  });

  it('leaves "this" out after a count and its direction, so the count takes no unmoved value', () => {
    expect(news('The dam failed two weeks before this past weekend.')).toEqual([
      ['past weekend', '2024-W10-WE', undefined],
    ]);
    expect(news('Mortgage rates rose in each of the three weeks before this past week.')).toEqual([
      ['past week', '2024-W10', undefined],
    ]);
    expect(news('The plant will close a month after this coming month.')).toEqual([
      ['a month after', 'FUTURE_REF', undefined],
      ['coming month', '2024-04', undefined],
    ]);
    expect(
      findTimemlMentions('The dam failed two weeks before this past weekend.', MARCH_2024).map(
        (m) => [m.text, m.value],
      ),
    ).toEqual([
      ['two weeks', 'P2W'],
      ['past weekend', '2024-W10-WE'],
    ]);
    // Near miss: "before" with no count keeps "this" in the extent.
    expect(news('He left before this past weekend.')).toEqual([
      ['this past weekend', '2024-W10-WE', undefined],
    ]);
  });

  it('reads no period in "this coming week after week", where "coming" is the verb', () => {
    const april2017 = { published: '2017-04-10', locale: 'en-US' } as const;
    expect(findMentions('Analysts saw this coming week after week.', april2017)).toEqual([]);
    expect(findMentions('Farmers have warned of this coming year after year.', april2017)).toEqual(
      [],
    );
    expect(
      news('Investors who predicted this coming month after month were finally proved right.'),
    ).toEqual([]);
    expect(timeml('Analysts saw this coming week after week.')).toEqual([]);
    // Near misses: "after" before another word, or a compound of the unit, leaves the period.
    expect(news('Prices rose this week after a slump.')).toEqual([
      ['this week', '2024-W11', undefined],
    ]);
    expect(news('Prices rose this week after week-long talks.')).toEqual([
      ['this week', '2024-W11', undefined],
      ['week-long', 'P1W', undefined],
    ]);
  });
});

describe('readPeriods: a share of the weekend', () => {
  it.each([
    ['Negotiators spent much of the weekend in talks.', '2024-W10-WE'],
    ['Fighting raged for most of the weekend.', '2024-W10-WE'],
    ['Rain is forecast for much of the weekend.', '2024-W11-WE'],
    ['Power was out for part of the weekend.', '2024-W10-WE'],
  ])('reads %j as the whole weekend, not its Saturday', (text, value) => {
    expect(news(text)).toEqual([['the weekend', value, undefined]]);
    expect(timeml(text)).toEqual([['the weekend', value, undefined]]);
  });

  it('reads a share of another period as that period, and a part of it as nothing', () => {
    expect(news('Rain fell for much of the week.')).toEqual([['the week', '2024-W11', undefined]]);
    expect(news('Shelling went on for most of the month.')).toEqual([
      ['the month', '2024-03', undefined],
    ]);
    expect(news('Rain fell for part of the week.')).toEqual([]);
  });

  it('does not read the "part of the weekend" a thing belongs to as the weekend', () => {
    const weekends = (found: ReturnType<typeof news>) =>
      found.filter(([, value]) => String(value).endsWith('-WE'));
    expect(weekends(news('Sport is a big part of the weekend for many families.'))).toEqual([]);
    expect(weekends(timeml('The interview ran as part of the weekend edition.'))).toEqual([]);
  });
});

describe('a decade spoken with its century', () => {
  const APRIL_1998 = { published: '1998-04-10', locale: 'en-US' } as const;
  const decades = (text: string) =>
    findTimemlMentions(text, APRIL_1998).map((m) => [m.text, m.value, m.mod] as const);

  it('reads "the nineteen eighties", said on 10 April 1998, as 198X', () => {
    expect(decades("in the nineteen eighties, Japan's banks lent money freely.")).toEqual([
      ['the nineteen eighties', '198X', undefined],
    ]);
    expect(
      findMentions('in the nineteen eighties, banks lent freely.', APRIL_1998).map((m) => m.value),
    ).toEqual(['198X']);
  });

  it('reads "the early nineteen seventies" as 197X, START and "the eighteen nineties" as 189X', () => {
    expect(decades('in the early nineteen seventies, oil prices soared.')).toEqual([
      ['the early nineteen seventies', '197X', 'START'],
    ]);
    expect(decades('the railroads were built in the eighteen nineties.')).toEqual([
      ['the eighteen nineties', '189X', undefined],
    ]);
  });

  it('still reads no decade in "temperatures will climb into the nineties"', () => {
    expect(decades('temperatures will climb into the nineties.')).toEqual([]);
  });
});

describe('readPeriods: a third of a month by its place', () => {
  it('reads "Most of the rain fell in the last third of the month", said on 14 March 2024, as 2024-03', () => {
    expect(news('Most of the rain fell in the last third of the month.')).toEqual([
      ['the month', '2024-03', undefined],
    ]);
    expect(timeml('Most of the rain fell in the last third of the month.')).toEqual([
      ['the month', '2024-03', undefined],
    ]);
  });

  it('leaves "the third of the month", a day, unread', () => {
    expect(news('Rent is due on the third of the month.')).toEqual([]);
    expect(timeml('Rent is due on the third of the month.')).toEqual([]);
  });
});
