import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' })
      .filter((m) => m.text.includes('Christmas'))
      .map((m) => `${m.text} = ${m.value}`),
  );

describe('a feast after the final day to post, ship or order for it', () => {
  it.each([
    ["Royal Mail's last posting date for Christmas is 18 December."],
    ['The last day to ship for Christmas delivery is Dec. 18.'],
    ['The last shipping day before Christmas is Dec. 21.'],
    ['The final order date for Christmas is 20 December.'],
    ['The last posting date for Christmas, which had been 20 December, is now 18 December.'],
  ])('reads the coming Christmas in "%s", said weeks ahead, in both readings', (text) => {
    expect(read(text, '2026-11-25')).toEqual([
      ['Christmas = 2026-12-25'],
      ['Christmas = 2026-12-25'],
    ]);
  });

  it('keeps the Christmas just gone in "The last posting date for Christmas is 18 December", said on 5 January', () => {
    expect(
      read("Royal Mail's last posting date for Christmas is 18 December.", '2026-01-05')[0],
    ).toEqual(['Christmas = 2025-12-25']);
  });

  it.each([
    ['The last posting date for Christmas was missed by thousands.'],
    ['The last day to ship for Christmas delivery was Dec. 18.'],
    ['Last Christmas was the busiest on record for the food bank.'],
  ])('keeps last year\'s Christmas in "%s", told in the past', (text) => {
    expect(read(text, '2026-11-25')[0]![0]).toMatch(/= 2025-12-25$/);
  });
});
