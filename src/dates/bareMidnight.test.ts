import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const NOV_5 = { published: '2008-11-05', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, NOV_5).map((m) => [m.text, m.value] as const);

describe('a midnight with no day of its own after "before"', () => {
  it("reads 'greeted supporters shortly before midnight', told in the past, as the midnight that opened publication's day", () => {
    expect(read('The senator greeted supporters shortly before midnight.')).toEqual([
      ['midnight', '2008-11-05T00:00'],
    ]);
    expect(read('He addressed a crowd of 100,000 in the park just before midnight.')).toEqual([
      ['midnight', '2008-11-05T00:00'],
    ]);
    const timeml = findTimemlMentions('The senator spoke shortly before midnight.', NOV_5);
    expect(timeml.map((m) => m.value)).toEqual(['2008-11-04T24']);
  });

  it('keeps the midnight that ends publication day when it is still ahead or a day is named', () => {
    expect(read('The senator will speak shortly before midnight.')).toEqual([
      ['midnight', '2008-11-06T00:00'],
    ]);
    expect(read('Polls in Alaska close just before midnight.')).toEqual([
      ['midnight', '2008-11-06T00:00'],
    ]);
    expect(read('Yesterday the talks broke up just before midnight.')).toEqual([
      ['Yesterday', '2008-11-04'],
      ['midnight', '2008-11-05T00:00'],
    ]);
  });
});
