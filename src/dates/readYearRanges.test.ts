import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const DEC_1998 = { published: '1998-12-03', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, DEC_1998).map((m) => [m.text, m.value]);
const timeml = (text: string) => findTimemlMentions(text, DEC_1998).map((m) => [m.text, m.value]);

describe('years in parentheses after the name of a stretch of time', () => {
  it('reads "The ninth five-year plan (1996-2000) calls for growth of 8 percent", said on 3 December 1998, as 1996/2000 in the news reading', () => {
    const text =
      'The ninth five-year plan (1996-2000) calls for annual economic growth of 8 percent.';
    expect(news(text)).toEqual([
      ['five-year', 'P5Y'],
      ['1996-2000', '1996/2000'],
    ]);
    // TimeML's data marks such stretches in no one way: the plan's length alone.
    expect(timeml(text)).toEqual([['five-year', 'P5Y']]);
  });

  it('reads "the Eighth Five-Year Plan period (1991-1995)" and "the Korean War (1950-53)" as their stretches', () => {
    expect(
      news('Grain output hit a record in the Eighth Five-Year Plan period (1991-1995).'),
    ).toEqual([['1991-1995', '1991/1995']]);
    expect(news('The Korean War (1950-53) killed millions.')).toEqual([['1950-53', '1950/1953']]);
  });

  it('keeps years in parentheses after a name a life: "Rosa Parks (1913-2005)" and "Deng Xiaoping (1904-1997)" read nothing', () => {
    expect(news('The exhibition honours Rosa Parks (1913-2005) and her work.')).toEqual([]);
    expect(news('The book is a life of Deng Xiaoping (1904-1997).')).toEqual([]);
  });
});
