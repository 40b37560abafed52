import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 5 November 1993, in ISO week 1993-W44.
const FRIDAY = '1993-11-05';

/** `text`'s mentions in both readings as "words = value". */
function values(text: string): [string[], string[]] {
  const options = { published: FRIDAY, locale: 'en-US' } as const;
  const show = (m: { text: string; value: string }) => `${m.text} = ${m.value}`;
  return [findMentions(text, options).map(show), findTimemlMentions(text, options).map(show)];
}

describe('the latest week or month of a weekly or monthly report', () => {
  it('reads "the latest week" as the last week completed before publication', () => {
    expect(
      values(
        'Initial claims for jobless benefits fell by 14,000 in the latest week, the Labor Department said.',
      ),
    ).toEqual([['the latest week = 1993-W43'], ['the latest week = 1993-W43']]);
  });

  it('reads "the most recent week" and "the latest month" alike', () => {
    expect(values('M2 rose $2.1 billion in the most recent week.')[1]).toEqual([
      'the most recent week = 1993-W43',
    ]);
    expect(values('Consumer prices rose 0.3% in the latest month.')[0]).toEqual([
      'the latest month = 1993-10',
    ]);
  });

  it('reads the week before "to" and the level the figure reached', () => {
    expect(values('Jobless claims rose by 9,000 in the latest week to 452,000.')[1]).toEqual([
      'the latest week = 1993-W43',
    ]);
    expect(values('Prices rose 0.4% in the latest month to March.')[1]).not.toContain(
      'the latest month = 1993-10',
    );
  });

  it('leaves a week or month to a day and a month to that date, in British copy', () => {
    const options = { published: FRIDAY, locale: 'en-GB' } as const;
    const read = (text: string) => findTimemlMentions(text, options).map((m) => m.text);
    expect(read('Mortgage lending rose 4 per cent in the latest month to 30 September.')).toEqual([
      '30 September',
    ]);
    expect(read('Claims rose in the latest week to 22nd October.')).not.toContain(
      'the latest week',
    );
  });

  it('does not read a week another word places, a possessive, a compound or a stretch up to now', () => {
    expect(values('Negotiators began the latest week of talks in Geneva.')).toEqual([[], []]);
    expect(values("The latest week's figures were revised.")).toEqual([[], []]);
    expect(values('Claims fell in the latest week ending Friday.')[1]).toEqual([
      'Friday = 1993-11-05',
    ]);
    expect(values('Claims fell in the latest week in October.')[1]).toEqual(['October = 1993-10']);
    expect(values('Rainfall was the lowest in the latest month on record.')).toEqual([[], []]);
    expect(values('Over the latest month, the dollar has fallen 5% against the yen.')).toEqual([
      [],
      [],
    ]);
    expect(values('Reporters covered the latest week-long strike.')[1]).not.toContain(
      'the latest week = 1993-W43',
    );
  });
});
