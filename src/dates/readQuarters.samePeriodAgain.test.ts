import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 14 August 1998.
const AUGUST = { published: '1998-08-14', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, AUGUST).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, AUGUST).map((m) => `${m.text} = ${m.value}`);

describe('a second "the same period last year" after one that read a month or a half', () => {
  it.each([
    [
      'Sales in July rose 5% from the same period last year. Profit also rose from the same period last year.',
      [
        'July = 1998-07',
        'the same period last year = 1997-07',
        'the same period last year = 1997-07',
      ],
    ],
    [
      'Sales in the first half rose from the same period last year, and costs fell from the same period a year earlier.',
      [
        'the first half = 1998-H1',
        'the same period last year = 1997-H1',
        'the same period a year earlier = 1997-H1',
      ],
    ],
  ])('reads the same period as the first in %j, in both readings', (text, read) => {
    expect(news(text)).toEqual(read);
    expect(timeml(text)).toEqual(read);
  });

  it('reads a second comparison that counts back from the first as the year before it', () => {
    const text =
      'Sales in July rose 5 percent from the same period a year earlier, which had itself been up 2 percent from the same period a year before.';
    const read = [
      'July = 1998-07',
      'the same period a year earlier = 1997-07',
      'the same period a year before = 1996-07',
    ];
    expect(news(text)).toEqual(read);
    expect(timeml(text)).toEqual(read);
  });

  it('reads a month named between the two as the one compared with', () => {
    const text =
      'Sales in June rose from the same period last year. In July, profit rose from the same period last year.';
    const read = [
      'June = 1998-06',
      'the same period last year = 1997-06',
      'July = 1998-07',
      'the same period last year = 1997-07',
    ];
    expect(news(text)).toEqual(read);
    expect(timeml(text)).toEqual(read);
  });
});
