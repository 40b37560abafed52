import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const PUBLISHED = { published: '2016-11-20', locale: 'en-US' } as const;
const read = (mentions: ReturnType<typeof findMentions>): Array<[string, string, string]> =>
  mentions.map((m) => [m.text, m.type, m.value]);
const news = (text: string) => read(findMentions(text, PUBLISHED));
const timeml = (text: string) => read(findTimemlMentions(text, PUBLISHED));

describe('election day and election night of an election the text dates', () => {
  it('reads "on election night" after "the March 5 election" as that day, a night in TimeML', () => {
    const text = 'The March 5 election was close; on election night the president spoke.';
    expect(news(text)).toEqual([
      ['March 5', 'DATE', '2016-03-05'],
      ['on election night', 'DATE', '2016-03-05'],
    ]);
    expect(timeml(text)).toEqual([
      ['March 5', 'DATE', '2016-03-05'],
      ['election night', 'TIME', '2016-03-05TNI'],
    ]);
  });

  it('reads "election day" after "the election on Nov. 8" as Nov. 8', () => {
    const text = 'The election on Nov. 8 was bitter. On election day turnout was high.';
    expect(news(text)[1]).toEqual(['On election day', 'DATE', '2016-11-08']);
    expect(timeml(text)[1]).toEqual(['election day', 'DATE', '2016-11-08']);
  });

  it('takes a kind of election between the day and the noun', () => {
    const text =
      'In the 4 May local elections, Labour lost. Election night was grim for the party.';
    expect(news(text)[1]).toEqual(['Election night', 'DATE', '2016-05-04']);
  });

  it.each([
    'Voters lined up on election day.',
    'On election night in 2012, Obama spoke in Chicago.',
    'The March 5 attack before elections shook voters. On election night, crowds gathered.',
    'The April 2 election and the May 3 election were close; on election day, few voted.',
    'The Nov. 8 election was close. On election night in 2012, Obama spoke.',
    'The Nov. 8 election was close, unlike the 2012 election night.',
    'The Nov. 8 election was close. Every election day, he votes early.',
  ])('reads no day for election day or night in %j', (text) => {
    expect(news(text).filter(([words]) => /election/i.test(words))).toEqual([]);
    expect(timeml(text).filter(([words]) => /election/i.test(words))).toEqual([]);
  });

  it.each([
    [
      '2016-10-10',
      "Brazil's Oct. 2 municipal elections went smoothly. In the United States, election day is Nov. 8.",
    ],
    [
      '2016-10-10',
      'The deadline to register for the election is Oct. 18. On election day, polls open at 7 a.m.',
    ],
    [
      '2016-11-20',
      'The Nov. 8 election was close. Four years ago, on election night, Romney conceded.',
    ],
    [
      '2016-11-20',
      'The Nov. 8 election was close. Democrats want to make election day a federal holiday.',
    ],
  ])('reads no day for election day or night said on %s in %j', (published, text) => {
    const options = { published, locale: 'en-US' } as const;
    const election = (mentions: ReturnType<typeof findMentions>) =>
      read(mentions).filter(([words]) => /election/i.test(words));
    expect(election(findMentions(text, options))).toEqual([]);
    expect(election(findTimemlMentions(text, options))).toEqual([]);
  });

  it('still reads "On election day" after "The election is Nov. 8", the election its subject', () => {
    const text = 'The election is Nov. 8. On election day, polls open early.';
    expect(news(text)[1]).toEqual(['On election day', 'DATE', '2016-11-08']);
  });

  it('still reads "until election day" after a dated election', () => {
    const text = 'The Nov. 8 election was close. Polls tightened until election day.';
    expect(news(text)[1]).toEqual(['election day', 'DATE', '2016-11-08']);
  });
});
