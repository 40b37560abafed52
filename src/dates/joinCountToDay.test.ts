import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const AUGUST_7 = { published: '2025-08-07', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, AUGUST_7).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, AUGUST_7).map((m) => [m.text, m.type, m.value] as const);

describe('a count joined to the day named right after it', () => {
  it('reads "The fire started a week before Christmas" as 18 December, one expression', () => {
    expect(read('The fire started a week before Christmas.')).toEqual([
      ['a week before Christmas', 'DATE', '2024-12-18'],
    ]);
  });

  it('reads "two days after New Year\'s Day" and "a month before Christmas" as the day counted to', () => {
    expect(read("The strike began two days after New Year's Day.")).toEqual([
      ["two days after New Year's Day", 'DATE', '2025-01-03'],
    ]);
    expect(read('The fire started a month before Christmas.')).toEqual([
      ['a month before Christmas', 'DATE', '2024-11-25'],
    ]);
  });

  it('keeps the count a length and the day apart in TimeML mode', () => {
    expect(readTimeml('The fire started a week before Christmas.')).toEqual([
      ['a week', 'DURATION', 'P1W'],
      ['Christmas', 'DATE', '2024-12-25'],
    ]);
  });

  it('leaves "two days after the vote on March 3" the event\'s date and "Days before Christmas" apart', () => {
    expect(read('He died two days after the vote on March 3.')).toEqual([
      ['two days after', 'DATE', '2025-03-03'],
      ['March 3', 'DATE', '2025-03-03'],
    ]);
    expect(read('Days before Christmas, shoppers flocked.')).toEqual([
      ['Days before', 'DATE', '2024-12-25'],
      ['Christmas', 'DATE', '2024-12-25'],
    ]);
  });

  it('reads "three days before March 15" as 12 March, one expression, in either order of day and month', () => {
    expect(read('The deal was signed three days before March 15.')).toEqual([
      ['three days before March 15', 'DATE', '2025-03-12'],
    ]);
    expect(read('The deal was signed three days before 15 March.')).toEqual([
      ['three days before 15 March', 'DATE', '2025-03-12'],
    ]);
    expect(read('The deal was signed a week after March 15, 2024.')).toEqual([
      ['a week after March 15, 2024', 'DATE', '2024-03-22'],
    ]);
  });

  it('keeps "three days before March 15" a length and a day in TimeML mode', () => {
    expect(readTimeml('The deal was signed three days before March 15.')).toEqual([
      ['three days', 'DURATION', 'P3D'],
      ['March 15', 'DATE', '2025-03-15'],
    ]);
  });

  it('leaves "for 10 days after March 15", a span, as a length and its day', () => {
    expect(read('Prices rose for 10 days after March 15.')).toEqual([
      ['10 days', 'DURATION', 'P10D'],
      ['March 15', 'DATE', '2025-03-15'],
    ]);
  });

  it('reads "signed three days before March 15", told on March 10, as last year\'s: the deed is gone by', () => {
    const march10 = { published: '2026-03-10', locale: 'en-US' } as const;
    const past = (text: string) =>
      findMentions(text, march10).map((m) => [m.text, m.type, m.value] as const);
    expect(past('The deal was signed three days before March 15.')).toEqual([
      ['three days before March 15', 'DATE', '2025-03-12'],
    ]);
    expect(past('Traders sold heavily two days before March 15.')).toEqual([
      ['two days before March 15', 'DATE', '2025-03-13'],
    ]);
    expect(
      findTimemlMentions('The deal was signed three days before March 15.', march10).map(
        (m) => [m.text, m.type, m.value] as const,
      ),
    ).toEqual([
      ['three days', 'DURATION', 'P3D'],
      ['March 15', 'DATE', '2025-03-15'],
    ]);
    // Near miss: a deed to come keeps the March ahead.
    expect(past('The deal will be signed three days before March 15.')).toEqual([
      ['three days before March 15', 'DATE', '2026-03-12'],
    ]);
  });

  it('joins no count told with "the final" or "the remaining" to the day after it: a span, not a day', () => {
    const march10 = { published: '2026-03-10', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, march10).map((m) => m.text);
    expect(values('Traders sold heavily in the final three days before March 15.')).not.toContain(
      'three days before March 15',
    );
    expect(values('He has the remaining 10 days before March 31 to appeal.')).not.toContain(
      '10 days before March 31',
    );
  });
});

describe('a count joined to the weekday, weekend, month, season or year named right after it', () => {
  const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const; // a Thursday
  const news = (text: string) =>
    findMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);
  const timeml = (text: string) =>
    findTimemlMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);

  it('reads "two weeks before Sunday" as one date, the Sunday the tense gives moved back two weeks', () => {
    expect(news('The vote came two weeks before Sunday.')).toEqual([
      ['two weeks before Sunday', 'DATE', '2024-02-25'],
    ]);
    expect(news('The vote came two days before Sunday.')).toEqual([
      ['two days before Sunday', 'DATE', '2024-03-08'],
    ]);
    expect(news('The vote will come two weeks after Sunday.')).toEqual([
      ['two weeks after Sunday', 'DATE', '2024-03-31'],
    ]);
  });

  it('reads "three days after last Monday" and "two weeks after next Monday" with their modifier', () => {
    expect(news('The plant closed three days after last Monday.')).toEqual([
      ['three days after last Monday', 'DATE', '2024-03-14'],
    ]);
    expect(news('It will open two weeks after next Monday.')).toEqual([
      ['two weeks after next Monday', 'DATE', '2024-04-01'],
    ]);
    expect(news('The vote came two weeks before this past Sunday.')).toEqual([
      ['two weeks before this past Sunday', 'DATE', '2024-02-25'],
    ]);
  });

  it('reads "two weeks before last weekend" as the weekend two weeks earlier', () => {
    expect(news('The dam failed two weeks before last weekend.')).toEqual([
      ['two weeks before last weekend', 'DATE', '2024-W08-WE'],
    ]);
  });

  it('reads "a month after last March", "two years after 2019" and "a year after last summer" as one period', () => {
    expect(news('It opened a month after last March.')).toEqual([
      ['a month after last March', 'DATE', '2023-04'],
    ]);
    expect(news('It opened two years after 2019.')).toEqual([
      ['two years after 2019', 'DATE', '2021'],
    ]);
    expect(news('It will open a year after last summer.')).toEqual([
      ['a year after last summer', 'DATE', '2024-SU'],
    ]);
  });

  it('keeps the named period apart from a count that lands on no one such period', () => {
    // Near misses: days or weeks from a month, a month from a season, weeks from a year.
    expect(news('It opened three days after last March.')).toEqual([
      ['three days after', 'DATE', '2023-03'],
      ['last March', 'DATE', '2023-03'],
    ]);
    expect(news('It opened a month after last spring.')).toEqual([
      ['a month after', 'DATE', '2023-SP'],
      ['last spring', 'DATE', '2023-SP'],
    ]);
    expect(news('It opened two weeks after 2019.')).toEqual([
      ['two weeks after', 'DATE', '2019'],
      ['2019', 'DATE', '2019'],
    ]);
  });

  it('keeps the day of an event between the count and its weekday ("after the vote on Sunday")', () => {
    expect(news('Sales rose three days after the vote on Sunday.')).toEqual([
      ['three days after', 'DATE', '2024-03-10'],
      ['on Sunday', 'DATE', '2024-03-10'],
    ]);
  });

  it('keeps the day of an event a weekday owns ("two weeks after Friday\'s hearing") apart', () => {
    expect(news("He was sentenced two weeks after Friday's hearing.")).toEqual([
      ['two weeks after', 'DATE', '2024-03-08'],
      ['Friday', 'DATE', '2024-03-08'],
    ]);
  });

  it('leaves "for two weeks after Monday" a length and its day, and "two weeks from Monday" as before', () => {
    expect(news('He was jailed for two weeks after Monday.')).toEqual([
      ['two weeks', 'DURATION', 'P2W'],
      ['Monday', 'DATE', '2024-03-11'],
    ]);
    expect(news('It will open two weeks from Monday.')).toEqual([
      ['two weeks from Monday', 'DATE', '2024-04-01'],
    ]);
  });

  it('keeps the count a length and the weekday or weekend its own date in TimeML mode', () => {
    expect(timeml('The vote came two weeks before Sunday.')).toEqual([
      ['two weeks', 'DURATION', 'P2W'],
      ['Sunday', 'DATE', '2024-03-10'],
    ]);
    expect(timeml('The dam failed two weeks before last weekend.')).toEqual([
      ['two weeks', 'DURATION', 'P2W'],
      ['last weekend', 'DATE', '2024-W10-WE'],
    ]);
    expect(timeml('It opened a month after last March.')).toEqual([
      ['a month', 'DURATION', 'P1M'],
      ['last March', 'DATE', '2023-03'],
    ]);
  });

  it('keeps the date after a span told with "the final" or "the past", no longer lost, and joins neither', () => {
    expect(news('Traders sold heavily in the final three days before March 8.')).toEqual([
      ['three days before', 'DATE', '2024-03-08'],
      ['March 8', 'DATE', '2024-03-08'],
    ]);
    expect(news('Sales fell in the past two weeks before Sunday.')).toEqual([
      ['two weeks before', 'DATE', '2024-03-10'],
      ['Sunday', 'DATE', '2024-03-10'],
    ]);
    expect(timeml('Traders sold heavily in the final three days before March 8.')).toEqual([
      ['three days', 'DURATION', 'P3D'],
      ['March 8', 'DATE', '2024-03-08'],
    ]);
  });
});

describe('a count from a day gone by that would land after publication', () => {
  it('keeps "Tuesday" alone in "It was 10 days after Tuesday that police arrived", a past told', () => {
    expect(read('It was 10 days after Tuesday that police arrived.')).toEqual([
      ['Tuesday', 'DATE', '2025-08-05'],
    ]);
    expect(read('Four days after Monday, police made an arrest.')).toEqual([
      ['Monday', 'DATE', '2025-08-04'],
    ]);
  });

  it('joins the count when the sentence looks ahead ("will reopen two weeks after last Monday")', () => {
    expect(read('The shop will reopen two weeks after last Monday.')).toEqual([
      ['two weeks after last Monday', 'DATE', '2025-08-18'],
    ]);
  });
});

describe('a count from a bare "the weekend"', () => {
  const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const; // a Thursday
  const MARCH_11 = { published: '2024-03-11', locale: 'en-US' } as const; // a Monday
  const news = (text: string, told: typeof MARCH_14 | typeof MARCH_11 = MARCH_14) =>
    findMentions(text, told).map((m) => [m.text, m.type, m.value] as const);

  it('reads "The fire started a week before the weekend." as one date, the weekend before', () => {
    expect(news('The fire started a week before the weekend.')).toEqual([
      ['a week before the weekend', 'DATE', '2024-W09-WE'],
    ]);
    expect(news('Shops will reopen two weeks after the weekend.')).toEqual([
      ['two weeks after the weekend', 'DATE', '2024-W13-WE'],
    ]);
  });

  it('never gives "a week before" the weekend\'s own value when it is not joined', () => {
    expect(
      news('Organizers said tickets will sell out a week before the weekend.', MARCH_11),
    ).toEqual([['a week before the weekend', 'DATE', '2024-W10-WE']]);
    // Counted back from the coming weekend it lands before publication, in a sentence looking
    // ahead: the weekend is kept alone, and the count reads nothing.
    expect(news('Voters will get a reminder a week before the weekend.')).toEqual([
      ['the weekend', 'DATE', '2024-W11-WE'],
    ]);
  });

  it('still joins a count to a weekend named with "last" or "this"', () => {
    expect(news('Prices fell a week before last weekend.')).toEqual([
      ['a week before last weekend', 'DATE', '2024-W09-WE'],
    ]);
    expect(news('The fair will open two weeks after this weekend.')).toEqual([
      ['two weeks after this weekend', 'DATE', '2024-W13-WE'],
    ]);
  });
});

describe('a count from a date to come that would land before publication', () => {
  const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const; // a Thursday
  const news = (text: string) =>
    findMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);

  it('keeps "Friday" alone in "will report its results three days before Friday", said on a Thursday', () => {
    expect(news('The company will report its results three days before Friday.')).toEqual([
      ['Friday', 'DATE', '2024-03-15'],
    ]);
    expect(news('Two weeks before Sunday, prices will rise.')).toEqual([
      ['Sunday', 'DATE', '2024-03-17'],
    ]);
    expect(news('The council will vote a week before Sunday.')).toEqual([
      ['Sunday', 'DATE', '2024-03-17'],
    ]);
    expect(news('The council is due to vote a week before Sunday.')).toEqual([
      ['Sunday', 'DATE', '2024-03-17'],
    ]);
  });

  it('joins the count after a "would" or a saying, which may set it in the past', () => {
    expect(news('The club said it would sell tickets a week before Saturday.')).toEqual([
      ['a week before Saturday', 'DATE', '2024-03-09'],
    ]);
    expect(news('A week before Saturday, the club said it would sell tickets.')).toEqual([
      ['A week before Saturday', 'DATE', '2024-03-09'],
    ]);
  });

  it('joins "a week before Friday" in "The ministry plans to publish figures showing exports fell a week before Friday.", the count\'s clause being past', () => {
    const march13 = { published: '2024-03-13', locale: 'en-US' } as const; // a Wednesday
    const read13 = (text: string) => findMentions(text, march13).map((m) => [m.text, m.value]);
    expect(
      read13('The ministry plans to publish figures showing exports fell a week before Friday.'),
    ).toEqual([['a week before Friday', '2024-03-08']]);
    // Near misses: the look-ahead verb is the count's own ("publish", "be closed").
    expect(read13('The ministry plans to publish figures a week before Friday.')).toEqual([
      ['Friday', '2024-03-15'],
    ]);
    expect(news('The shop will be closed three days before Friday.')).toEqual([
      ['Friday', 'DATE', '2024-03-15'],
    ]);
  });

  it('keeps "Friday" alone in "The ministry plans to speed up exports a week before Friday.", said on 14 March 1990: "speed" is no past', () => {
    const march14 = { published: '1990-03-14', locale: 'en-US' } as const; // a Wednesday
    const read14 = (text: string) => findMentions(text, march14).map((m) => [m.text, m.value]);
    // Was joined to 1990-03-09: "speed" was taken for a past between the plan and the count.
    expect(read14('The ministry plans to speed up exports a week before Friday.')).toEqual([
      ['Friday', '1990-03-16'],
    ]);
    // Guard: a true past there still sets the count's clause in the past.
    expect(read14('The ministry plans to show exports slowed a week before Friday.')).toEqual([
      ['a week before Friday', '1990-03-09'],
    ]);
  });

  it('joins the count when it lands on publication or after ("will meet two days before Saturday")', () => {
    expect(news('The board will meet two days before Saturday.')).toEqual([
      ['two days before Saturday', 'DATE', '2024-03-14'],
    ]);
    expect(news('The company will report its results three days after Friday.')).toEqual([
      ['three days after Friday', 'DATE', '2024-03-18'],
    ]);
  });
});

describe('a count from a month and its year', () => {
  const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const;
  const news = (text: string) =>
    findMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);
  const timeml = (text: string) =>
    findTimemlMentions(text, MARCH_14).map((m) => [m.text, m.type, m.value] as const);

  it('reads "a month after March 2019" as April 2019, one expression, the month no longer lost', () => {
    expect(news('The firm was founded a month after March 2019.')).toEqual([
      ['a month after March 2019', 'DATE', '2019-04'],
    ]);
    expect(news('Talks collapsed two years before June 2020.')).toEqual([
      ['two years before June 2020', 'DATE', '2018-06'],
    ]);
    expect(news('The law took effect six months after January 2023.')).toEqual([
      ['six months after January 2023', 'DATE', '2023-07'],
    ]);
  });

  it('keeps the month and its year apart from a count of days or weeks, and from a span', () => {
    expect(news('The plant closed three weeks after Sept. 2021.')).toEqual([
      ['three weeks after', 'DATE', '2021-09'],
      ['Sept. 2021', 'DATE', '2021-09'],
    ]);
    expect(news('Sales fell in the two years before June 2020.')).toEqual([
      ['two years before', 'DATE', '2020-06'],
      ['June 2020', 'DATE', '2020-06'],
    ]);
  });

  it('keeps the count a length and the month its own date in TimeML mode', () => {
    expect(timeml('The firm was founded a month after March 2019.')).toEqual([
      ['a month', 'DURATION', 'P1M'],
      ['March 2019', 'DATE', '2019-03'],
    ]);
  });
});
