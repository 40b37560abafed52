import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];

describe('a stretch of hours whose numbers a count told after it gives', () => {
  it('reads "The schools closed from one to ten this morning, the count of the flooded districts said", said on 17 March 1998, as this morning alone', () => {
    const text =
      'The schools closed from one to ten this morning, the count of the flooded districts said.';
    const published = '1998-03-17';
    expect(both(text, published)).toEqual([
      [`this morning = ${published}`],
      [`this morning = ${published}TMO`],
    ]);
  });

  it('reads "Roads closed from three to eleven last night, the highway patrol\'s count said" as last night alone', () => {
    const text = "Roads closed from three to eleven last night, the highway patrol's count said.";
    const published = '1998-01-12';
    const nightBefore = shiftTimex(published, { amount: -1, unit: 'day' });
    expect(both(text, published)).toEqual([
      [`last night = ${nightBefore}`],
      [`last night = ${nightBefore}TNI`],
    ]);
  });

  it.each([
    [
      'The schools closed from one to three this afternoon, the district said.',
      ['one', 'T13:00', 'three this afternoon', 'T15:00'],
    ],
    [
      'The polls opened from six to eight this morning, the count begins at nine.',
      ['six', 'T06:00', 'eight this morning', 'T08:00'],
    ],
  ])('keeps the clocks of "%s", said on 15 January 1998', (text, [first, at, second, to]) => {
    const published = '1998-01-15';
    const [news] = both(text, published);
    expect(news!.slice(0, 2)).toEqual([
      `${first} = ${published}${at}`,
      `${second} = ${published}${to}`,
    ]);
  });
});
