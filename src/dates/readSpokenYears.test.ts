import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string) =>
  findMentions(text, { published: '1998-01-08', locale: 'en-US' }).map(
    (m) => [m.text, m.value] as const,
  );

describe('years spelled out', () => {
  it('reads "nineteen ninety-six" and "nineteen ten" as years', () => {
    expect(read('Atlanta, nineteen ninety-six, and before that nineteen ten.')).toEqual([
      ['nineteen ninety-six', '1996'],
      ['nineteen ten', '1910'],
    ]);
  });

  it('takes a month before a spelled-out year into the expression', () => {
    expect(read('January nineteen ninety-seven. Atlanta again.')).toEqual([
      ['January nineteen ninety-seven', '1997-01'],
    ]);
  });

  it('reads "the year two thousand" as 2000', () => {
    expect(read('The approach of the year two thousand worries them.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
  });

  it('takes "March of" and "the winter of" before a spelled-out year into the expression', () => {
    expect(
      read(
        'It opened in March of nineteen ninety-eight, after the winter of nineteen ninety-four.',
      ),
    ).toEqual([
      ['March of nineteen ninety-eight', '1998-03'],
      ['the winter of nineteen ninety-four', '1994-WI'],
    ]);
  });

  it('leaves "may" before a spelled-out year out of it', () => {
    expect(read('Voters may nineteen ninety-eight remember.')).toEqual([
      ['nineteen ninety-eight', '1998'],
    ]);
  });
});

describe('years of a hundred’s first ten, spelled out', () => {
  it('reads "nineteen oh-seven" and "May nineteen oh five" as 1907 and May 1905, in both readings', () => {
    expect(read('The tradition began in nineteen oh-seven.')).toEqual([
      ['nineteen oh-seven', '1907'],
    ]);
    expect(read('It opened in May nineteen oh five.')).toEqual([
      ['May nineteen oh five', '1905-05'],
    ]);
    expect(
      findTimemlMentions('The tradition began in nineteen oh-seven.', {
        published: '1998-01-08',
        locale: 'en-US',
      }).map((m) => [m.text, m.value]),
    ).toEqual([['nineteen oh-seven', '1907']]);
  });

  it('reads no year in "room nineteen oh-four", "flight nineteen oh-five" or "at nineteen oh-five hours"', () => {
    expect(read('Guests in room nineteen oh-four complained about the noise.')).toEqual([]);
    expect(read('Air France flight nineteen oh-five landed safely.')).toEqual([]);
    expect(read('The patrol reported contact at nineteen oh-five hours.')).not.toContainEqual([
      'nineteen oh-five',
      '1905',
    ]);
  });

  it('reads no year in "nineteen oh" with no digit word after it', () => {
    expect(read('The score was nineteen oh.')).toEqual([]);
  });

  it('reads "by the year two thousand four", said on 8 January 1998, as 2004', () => {
    expect(read('NASA hopes to have the station finished by the year two thousand four.')).toEqual([
      ['the year two thousand four', '2004'],
    ]);
    expect(read('by the year two thousand and five, costs will double.')).toEqual([
      ['the year two thousand and five', '2005'],
    ]);
  });

  it('keeps "the year two thousand" alone before a count of hundreds', () => {
    expect(read('by the year two thousand three hundred stations will be built.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
  });

  it('keeps "the year two thousand" before "one in three" or "two thirds", said on 16 January 1998, as 2000 (review)', () => {
    expect(read('By the year two thousand one in three Americans will own a computer.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
    expect(read('by the year two thousand two thirds of homes will have cable.')).toEqual([
      ['the year two thousand', '2000'],
    ]);
  });

  it('reads "the year twenty twenty eight" and "the year two thousand sixty one", said on 3 April 1998, as 2028 and 2061', () => {
    const at = { published: '1998-04-03', locale: 'en-US' } as const;
    expect(
      findTimemlMentions(
        'the chance of a collision in the year twenty twenty eight is zero, and the comet returns in the year two thousand sixty one.',
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([
      ['the year twenty twenty eight', '2028'],
      ['the year two thousand sixty one', '2061'],
    ]);
  });

  it('reads "on December thirty first, nineteen ninety nine", said on 3 April 1998, as 1999-12-31, the day with its year', () => {
    const at = { published: '1998-04-03', locale: 'en-US' } as const;
    expect(
      findMentions(
        'the asteroid would pass the earth on October twenty sixth, twenty twenty eight.',
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([['October twenty sixth, twenty twenty eight', '2028-10-26']]);
    expect(
      findTimemlMentions(
        'the computers could fail on December thirty first, nineteen ninety nine.',
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([['December thirty first, nineteen ninety nine', '1999-12-31']]);
  });

  it('reads "the spring of two thousand" and "January two thousand and one", said on 3 April 1998, as 2000-SP and 2001-01', () => {
    const at = { published: '1998-04-03', locale: 'en-US' } as const;
    expect(
      findMentions(
        'the stadium opens in the spring of two thousand, and his term ends in January two thousand and one.',
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([
      ['the spring of two thousand', '2000-SP'],
      ['January two thousand and one', '2001-01'],
    ]);
  });

  it('reads no year in "in March two thousand troops were sent" nor in "twenty twenty eight vision" without a month, season or "the year"', () => {
    const at = { published: '1998-04-03', locale: 'en-US' } as const;
    expect(
      findMentions('in March two thousand troops were sent.', at).map((m) => [m.text, m.value]),
    ).toEqual([['March', '1998-03']]);
    expect(findMentions('the office had twenty twenty eight vision tests.', at)).toEqual([]);
  });
});

describe('two thousand after a month, counting those who act (review)', () => {
  const at = { published: '1998-03-10', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, at).map((m) => [m.text, m.value]);

  it('reads no year in "By March thirty first, two thousand will have left the camp", said on 10 March 1998', () => {
    expect(read('By March thirty first, two thousand will have left the camp.')).toEqual([
      ['March thirty first', '1998-03-31'],
    ]);
  });

  it('reads no year in "By June two thousand would be out of work" nor in "By April first, two thousand and five hundred refugees had crossed"', () => {
    expect(read('By June two thousand would be out of work, the union warned.')).toEqual([
      ['June', '1998-06'],
    ]);
    expect(
      read('By April first, two thousand and five hundred refugees had crossed the border.'),
    ).toEqual([['April first', '1998-04-01']]);
  });

  it('still reads "in December two thousand and five" and "in September two thousand." as 2005-12 and 2000-09', () => {
    expect(read('the treaty expires in December two thousand and five.')).toEqual([
      ['December two thousand and five', '2005-12'],
    ]);
    expect(read('the Olympics come to Sydney in September two thousand.')).toEqual([
      ['September two thousand', '2000-09'],
    ]);
    expect(
      read('the census in the spring of twenty ten will be the first taken by computer.'),
    ).toEqual([['the spring of twenty ten', '2010-SP']]);
    expect(read('the Games of March of two thousand will be in Sydney.')).toEqual([
      ['March of two thousand', '2000-03'],
    ]);
  });
});

describe('a year of this century after a preposition of time, as a broadcast says it', () => {
  const at = { published: '1998-01-13', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, at).map((m) => [m.text, m.value]);
  const readTimeml = (text: string) => findTimemlMentions(text, at).map((m) => [m.text, m.value]);

  it('reads "the Asian economies may not recover until two thousand two", said on 13 January 1998, as 2002 in both readings', () => {
    const text = 'the Asian economies may not recover until two thousand two.';
    expect(read(text)).toEqual([['two thousand two', '2002']]);
    expect(readTimeml(text)).toEqual([['two thousand two', '2002']]);
  });

  it('reads "the stadium will not be ready until twenty oh one" and "the Games in twenty oh two" as 2001 and 2002', () => {
    expect(read('the new stadium will not be ready until twenty oh one.')).toEqual([
      ['twenty oh one', '2001'],
    ]);
    expect(read('Salt Lake City will host the Winter Games in twenty oh two.')).toEqual([
      ['twenty oh two', '2002'],
    ]);
  });

  it('reads "the lease runs out in twenty ten" and "a surplus by two thousand eight" as 2010 and 2008', () => {
    expect(read('the lease on the base runs out in twenty ten.')).toEqual([['twenty ten', '2010']]);
    expect(read('the budget could be in surplus by two thousand eight, he said.')).toEqual([
      ['two thousand eight', '2008'],
    ]);
  });

  it('reads "the new contract runs through twenty twelve", said on 13 January 1998, as 2012 in both readings', () => {
    const text = "the new contract with the players' union runs through twenty twelve.";
    expect(read(text)).toEqual([['twenty twelve', '2012']]);
    expect(readTimeml(text)).toEqual([['twenty twelve', '2012']]);
    expect(read('the program could run through twenty oh five, diplomats say.')).toEqual([
      ['twenty oh five', '2005'],
    ]);
    expect(read('the studio says it will keep earning through two thousand one.')).toEqual([
      ['two thousand one', '2001'],
    ]);
  });

  it('reads no year in "read pages one through twenty twelve" or "rounds 3 through twenty ten", a count\'s range', () => {
    expect(read('read pages one through twenty twelve.')).toEqual([]);
    expect(read('the judges scored rounds 3 through twenty ten to the champion.')).toEqual([]);
    expect(read('the trucks went through two thousand one-ton loads.')).toEqual([]);
  });

  it('reads no year in "cut jobs by two thousand", "the Dow fell by two thousand five" or "by two thousand two hundred votes"', () => {
    expect(read('they cut jobs by two thousand.')).toEqual([]);
    expect(read('the Dow fell by two thousand five.')).toEqual([]);
    expect(read('the measure passed by two thousand two hundred votes.')).toEqual([]);
  });

  it('reads no year in "in twenty twenty-five people died", "he played in twenty eight games" or "sold in twenty ten-packs"', () => {
    expect(read('in twenty twenty-five people died.')).toEqual([]);
    expect(read('he played in twenty eight games.')).toEqual([]);
    expect(read('the beer is sold in twenty ten-packs.')).toEqual([]);
  });
});

describe('a count after a preposition of time, not a year (review)', () => {
  const at = { published: '1998-03-12', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, at).map((m) => [m.text, m.value]);

  it('reads no year in "The resolution was carried by two thousand seven to nineteen hundred", a tally', () => {
    expect(read('The resolution was carried by two thousand seven to nineteen hundred.')).toEqual(
      [],
    );
    expect(read('the bill passed by two thousand four to one thousand.')).toEqual([]);
  });

  it('still reads "until two thousand two or two thousand three" and "by twenty ten or twenty fifteen" as years', () => {
    expect(read('rates will stay low until two thousand two or two thousand three.')[0]).toEqual([
      'two thousand two',
      '2002',
    ]);
    expect(read('the fleet could double by twenty ten or twenty fifteen.')[0]).toEqual([
      'twenty ten',
      '2010',
    ]);
  });

  it('reads no year in "The company reduced its payroll at the plant by two thousand two", a change told a few words before', () => {
    expect(
      read('The company reduced its payroll at the plant by two thousand two, a spokesman said.'),
    ).toEqual([]);
  });

  it('still reads "Prices fell and will recover by two thousand two" and "cut the deficit to zero by two thousand two" as 2002', () => {
    expect(read('Prices fell and will recover by two thousand two.')).toEqual([
      ['two thousand two', '2002'],
    ]);
    expect(read('the plan would cut the deficit to zero by two thousand two.')).toEqual([
      ['two thousand two', '2002'],
    ]);
    expect(read('the Pentagon cut the program that ends by two thousand two.')).toEqual([
      ['two thousand two', '2002'],
    ]);
  });

  it('reads no year in "The curfew stays in force until twenty thirty, local time", said on 12 March 1998, but a clock of the 24 hours, 20:30', () => {
    expect(read('The curfew stays in force until twenty thirty, local time.')).toEqual([
      ['twenty thirty', '1998-03-12T20:30'],
    ]);
    expect(read('Flights resume after twenty fifteen GMT, the airline said.')).toEqual([]);
  });

  it('still reads "until twenty thirty, officials said" and "in twenty ten, local elections" as years', () => {
    expect(read('The curfew stays in force until twenty thirty, officials said.')).toEqual([
      ['twenty thirty', '2030'],
    ]);
    expect(read('in twenty ten, local elections are due.')).toEqual([['twenty ten', '2010']]);
  });

  it('reads "the fifteenth of April, nineteen twelve", said on 23 March 1998, as one date, 1912-04-15', () => {
    const text = 'Titanic sank on the fifteenth of April, nineteen twelve.';
    const options = { published: '1998-03-23', locale: 'en-US' } as const;
    expect(findMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['the fifteenth of April, nineteen twelve', '1912-04-15'],
    ]);
    expect(findTimemlMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['the fifteenth of April, nineteen twelve', '1912-04-15'],
    ]);
  });

  it('reads "the twentieth of March, twenty ten" as 2010-03-20', () => {
    expect(read('The law takes effect on the twentieth of March, twenty ten.')).toEqual([
      ['the twentieth of March, twenty ten', '2010-03-20'],
    ]);
  });

  it('still reads "the first of may, nineteen fifty-nine", with no capital on the month, as the year alone after the day', () => {
    expect(read('Sales peaked on the first of may, nineteen fifty-nine.')).toContainEqual([
      'nineteen fifty-nine',
      '1959',
    ]);
  });

  it('reads "The tax break would last through two thousand three under the Senate plan", said on 2 March 1998, as 2003', () => {
    const text = 'The tax break would last through two thousand three under the Senate plan.';
    const options = { published: '1998-03-02', locale: 'en-US' } as const;
    expect(findMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['two thousand three', '2003'],
    ]);
    expect(findTimemlMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['two thousand three', '2003'],
    ]);
  });

  it('reads "the IMF loans to Indonesia run through two thousand." as 2000', () => {
    expect(read('the IMF loans to Indonesia run through two thousand.')).toEqual([
      ['two thousand', '2000'],
    ]);
  });

  it('reads no year in "police stayed until two thousand troops arrived", "the index fell by two thousand." or "Tickets one through two thousand."', () => {
    expect(read('police stayed until two thousand troops arrived.')).toEqual([]);
    expect(read('the index fell by two thousand.')).toEqual([]);
    expect(read('Tickets one through two thousand.')).toEqual([]);
    expect(
      read("The jury has been out since two thousand, er, since two o'clock.").map(([t]) => t),
    ).not.toContain('two thousand');
  });

  it('reads "In January two thousand under the age of five died of measles", said on 1 April 1998, as January alone (review)', () => {
    const options = { published: '1998-04-01', locale: 'en-US' } as const;
    const text = 'In January two thousand under the age of five died of measles, the agency said.';
    expect(findMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['January', '1998-01'],
    ]);
  });

  it('reads "By the fifteenth of March, two thousand in the capital alone had lost their jobs", said on 20 March 1998, as the day alone, 1998-03-15 (review)', () => {
    const options = { published: '1998-03-20', locale: 'en-US' } as const;
    const text =
      'By the fifteenth of March, two thousand in the capital alone had lost their jobs.';
    expect(findMentions(text, options).map((m) => m.value)).toEqual(['1998-03-15']);
  });

  it('reads no year in "The crowd kept growing until two thousand, maybe three thousand, people filled the square" (review)', () => {
    expect(
      read(
        'The crowd kept growing until two thousand, maybe three thousand, people filled the square.',
      ),
    ).toEqual([]);
  });
});
