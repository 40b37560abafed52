import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => /period|quarter/.test(m.text))
      .map((m) => `${m.text} = ${m.value}`),
  );

describe('the same period of a year, after a span of months', () => {
  it('reads "China\'s exports grew 4.6 percent in the first nine months of this year compared with the same period of 1998", said on 10 November 1999, as 1998', () => {
    const text =
      "China's exports grew 4.6 percent in the first nine months of this year compared with the same period of 1998.";
    expect(read(text, '1999-11-10')).toEqual([
      ['the same period of 1998 = 1998'],
      ['the same period of 1998 = 1998'],
    ]);
  });

  it('reads "Foreign trade in the first 11 months rose 10 percent. Imports grew 12 percent over the same period of 1997", said on 10 December 1998, as 1997', () => {
    const text =
      'Foreign trade in the first 11 months rose 10 percent. Imports grew 12 percent over the same period of 1997.';
    expect(read(text, '1998-12-10')).toEqual([
      ['the same period of 1997 = 1997'],
      ['the same period of 1997 = 1997'],
    ]);
  });

  it.each([
    ['Profit in the same period of 1998 was $22.4 million.', 'the same period of 1998 = 1998-Q3'],
    [
      'Earnings rose in the first nine months, compared with the corresponding period of 1998.',
      'the corresponding period of 1998 = 1998-Q3',
    ],
    [
      'Sales rose in the first half, from the same period of 1998.',
      'the same period of 1998 = 1998-H1',
    ],
    [
      'Net fell in the nine months from the same third quarter of 1998.',
      'the same third quarter of 1998 = 1998-Q3',
    ],
  ])('keeps "%s", said on 10 November 1999, on its quarter or half', (text, found) => {
    expect(read(text, '1999-11-10')).toEqual([[found], [found]]);
  });

  it('reads "Imports grew 12 percent in the first 10 months. Exports in October fell 5 percent from the same period of 1998", said on 10 November 1999, as 1998-10, the month named after the span', () => {
    const text =
      'Imports grew 12 percent in the first 10 months. Exports in October fell 5 percent from the same period of 1998.';
    expect(read(text, '1999-11-10')).toEqual([
      ['the same period of 1998 = 1998-10'],
      ['the same period of 1998 = 1998-10'],
    ]);
  });
});
