import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const both = (text: string, published: string): string[][] => [
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
];

describe('Black Monday, the day of the 1987 crash', () => {
  it('reads "The index has risen 25% since Black Monday", said on 2 November 1989, as 1987-10-19', () => {
    for (const mentions of both('The index has risen 25% since Black Monday.', '1989-11-02'))
      expect(mentions).toEqual(['Black Monday = 1987-10-19']);
  });

  it('reads "On Black Monday the Dow fell 508 points", said on 20 October 1989, as 1987-10-19', () => {
    for (const mentions of both('On Black Monday the Dow fell 508 points.', '1989-10-20'))
      expect(mentions).toEqual(['Black Monday = 1987-10-19']);
  });

  it('does not read "Black Monday" with no market in its sentence, after a surname, or in copy of 2020', () => {
    expect(both('The novel is set on Black Monday.', '1989-10-20')[0]).toEqual([]);
    expect(both('Conrad Black Monday bought shares.', '1989-10-16')[1]).toEqual([
      'Monday = 1989-10-16',
    ]);
    expect(both('Stocks fell on Black Monday.', '2020-03-20')[0]).toEqual([]);
  });
});
