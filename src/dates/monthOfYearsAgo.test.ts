import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { monthOfYearsAgo } from './monthOfYearsAgo.ts';

/** The value read over `month` in both readings of `text`, said on `published`. */
function monthRead(text: string, month: string, published: string): (string | undefined)[] {
  const options = { published, locale: 'en-US' } as const;
  return [findMentions(text, options), findTimemlMentions(text, options)].map(
    (mentions) => mentions.find((m) => m.text.includes(month))?.value,
  );
}

describe('monthOfYearsAgo', () => {
  it('reads "The plant, closed five years ago in March, will reopen next year", said on 10 March 1999, as 1994-03', () => {
    expect(
      monthRead(
        'The plant, closed five years ago in March, will reopen next year under new owners.',
        'March',
        '1999-03-10',
      ),
    ).toEqual(['1994-03', '1994-03']);
  });

  it('reads "Bob Dole, who won here four years ago in February, campaigned on Tuesday", said on 2 February 2000, as 1996-02', () => {
    expect(
      monthRead(
        'Bob Dole, who won here four years ago in February, campaigned for Bush on Tuesday.',
        'February',
        '2000-02-02',
      ),
    ).toEqual(['1996-02', '1996-02']);
  });

  it('reads "The treaty, signed 10 years ago in November", said on 10 November 1999, as 1989-11', () => {
    expect(
      monthRead(
        'The treaty, signed 10 years ago in November, was meant to end the fighting.',
        'November',
        '1999-11-10',
      ),
    ).toEqual(['1989-11', '1989-11']);
  });

  it('gives "a decade ago in June" the year ten years back', () => {
    expect(monthRead('He left the party a decade ago in June.', 'June', '1999-03-10')).toEqual([
      '1989-06',
      '1989-06',
    ]);
  });

  it('does not read a month that does not follow the count of years ago', () => {
    expect(
      monthRead(
        'The plant closed five years ago, and it will reopen in March.',
        'March',
        '1999-01-10',
      ),
    ).toEqual(['1999-03', '1999-03']);
    expect(
      monthRead('Many years ago in March, the river flooded the town.', 'March', '1999-06-10'),
    ).toEqual(['1999-03', '1999-03']);
    expect(monthOfYearsAgo('closed years ago in March', 21, 3, '1999-06-10')).toBeUndefined();
  });

  it('reads "The plant, closed a couple of years ago in March, will reopen", said on 10 June 1999, as 1997-03', () => {
    expect(
      monthRead(
        'The plant, closed a couple of years ago in March, will reopen.',
        'March',
        '1999-06-10',
      ),
    ).toEqual(['1997-03', '1997-03']);
  });

  it('reads "The plant, closed twenty-one years ago in March, will reopen", said on 10 June 1999, not as a year ago (1998-03): the count is 21, past the reach of twenty', () => {
    expect(
      monthOfYearsAgo(
        'The plant, closed twenty-one years ago in March, will reopen.',
        42,
        3,
        '1999-06-10',
      ),
    ).toBeUndefined();
    expect(
      monthRead(
        'The plant, closed twenty-one years ago in March, will reopen.',
        'March',
        '1999-06-10',
      ),
    ).not.toContain('1998-03');
  });

  it('reads "Retail sales rose 3.1 percent from a year ago in March", said on 15 April 1999, as 1999-03 (review)', () => {
    // A year ago after "from" or "than" is the figure compared with; the month is the figure's own.
    expect(
      monthRead('Retail sales rose 3.1 percent from a year ago in March.', 'March', '1999-04-15'),
    ).toEqual(['1999-03', '1999-03']);
    expect(
      monthRead(
        'Sales were 12 percent higher than a year ago in September.',
        'September',
        '2000-10-12',
      ),
    ).toEqual(['2000-09', '2000-09']);
    // After a comma the month opens the next clause: "… five years ago, in March reported a loss".
    expect(
      monthRead(
        'The company, which went public five years ago, in March reported its first loss.',
        'March',
        '1999-11-10',
      ),
    ).toEqual(['1999-03', '1999-03']);
  });
});
