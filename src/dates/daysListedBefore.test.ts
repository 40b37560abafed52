import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Tuesday.
const MARCH_10 = { published: '2026-03-10', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, MARCH_10).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_10).map((m) => [m.text, m.value] as const);

describe('a list of three or more days written day first', () => {
  it('reads "on 20, 21 and 22 March" as three days, not "20, 21" as a clock at 20:00', () => {
    const text = 'Strikes by baggage handlers will take place on 20, 21 and 22 March.';
    expect(news(text).map((m) => m[1])).toEqual(['2026-03-20', '2026-03-21', '2026-03-22']);
    expect(timeml(text)).toEqual([
      ['20', '2026-03-20'],
      ['21', '2026-03-21'],
      ['22 March', '2026-03-22'],
    ]);
  });

  it('reads every day of "3, 4, 5 and 6 April", and of a list with a comma before "and"', () => {
    expect(timeml('Walkouts are planned on 3, 4, 5 and 6 April.').map((m) => m[1])).toEqual([
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
    ]);
    expect(timeml('Drivers walked out on 9, 10, and 11 February.').map((m) => m[1])).toEqual([
      '2026-02-09',
      '2026-02-10',
      '2026-02-11',
    ]);
  });

  it('reads a listed ordinal whole: "The 20th, 21st and 22nd of March" has "20th", not "20"', () => {
    expect(news('The 20th, 21st and 22nd of March will see walkouts.')).toEqual([
      ['20th', '2026-03-20'],
      ['21st', '2026-03-21'],
      ['22nd of March', '2026-03-22'],
    ]);
  });

  it('lets the verb before a list date it as it dates a pair: "will strike on 20, 21 and 22 December", said in March, is next December', () => {
    expect(news('Drivers will strike on 20, 21 and 22 December.').map((m) => m[1])).toEqual([
      '2026-12-20',
      '2026-12-21',
      '2026-12-22',
    ]);
  });

  it('does not read a list after a figure or a year as days: "£8, 9 and 10 March", "2019, 20 and 21 March"', () => {
    expect(news('The fares were £8, 9 and 10 March.').map((m) => m[0])).not.toContain('8');
    expect(timeml('The 2019, 20 and 21 March figures.').map((m) => m[0])).toEqual([
      '2019',
      '20',
      '21 March',
    ]);
  });
});
