import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];

describe('a stretch of hours whose numbers a count told after it gives', () => {
  it('reads "The schools closed from one to ten this morning, the count of the flooded districts said", said on 17 March 1998, as this morning alone', () => {
    const text =
      'The schools closed from one to ten this morning, the count of the flooded districts said.';
    expect(both(text, '1998-03-17')).toEqual([
      ['this morning = 1998-03-17'],
      ['this morning = 1998-03-17TMO'],
    ]);
  });

  it('reads "Roads closed from three to eleven last night, the highway patrol\'s count said" as last night alone', () => {
    const text = "Roads closed from three to eleven last night, the highway patrol's count said.";
    expect(both(text, '1998-01-12')).toEqual([
      ['last night = 1998-01-11'],
      ['last night = 1998-01-11TNI'],
    ]);
  });

  it.each([
    [
      'The schools closed from one to three this afternoon, the district said.',
      ['one = 1998-01-15T13:00', 'three this afternoon = 1998-01-15T15:00'],
    ],
    [
      'The polls opened from six to eight this morning, the count begins at nine.',
      ['six = 1998-01-15T06:00', 'eight this morning = 1998-01-15T08:00'],
    ],
  ])('keeps the clocks of "%s", said on 15 January 1998', (text, clocks) => {
    const [news] = both(text, '1998-01-15');
    expect(news!.slice(0, 2)).toEqual(clocks);
  });
});
