import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// The Christmas of a year, and the year a publication date is in.
const christmasOf = (year: number) => `${year}-12-25`;
const yearOf = (published: string) => Number(published.slice(0, 4));
// Said three weeks after Christmas, and five weeks before it.
const AFTER = '1990-01-16';
const BEFORE = '1989-11-20';
const feast = (text: string, published: string, name = 'Christmas') => {
  const options = { published, locale: 'en-US' } as const;
  const pick = (ms: { text: string; value: string }[]) =>
    ms.find((m) => m.text.includes(name))?.value;
  return [pick(findMentions(text, options)), pick(findTimemlMentions(text, options))];
};

describe('a feast joined to "season" by a hyphen', () => {
  it(`reads "The company's Christmas-season sales fell 3%", said on 16 January 1990, as ${christmasOf(yearOf(AFTER) - 1)} (nothing was read)`, () => {
    const read = christmasOf(yearOf(AFTER) - 1);
    expect(feast("The company's Christmas-season sales fell 3%.", AFTER)).toEqual([read, read]);
  });

  it(`reads "Toys "R" Us expects Christmas-season sales to rise 10%", said on 20 November 1989, as the coming ${christmasOf(yearOf(BEFORE))}`, () => {
    const read = christmasOf(yearOf(BEFORE));
    expect(feast('Toys "R" Us expects Christmas-season sales to rise 10%.', BEFORE)).toEqual([
      read,
      read,
    ]);
  });

  it('reads no feast in another compound, "Christmas-tree growers" or "Easter-egg hunts"', () => {
    expect(feast('Christmas-tree growers say prices are up.', '1989-12-04')).toEqual([
      undefined,
      undefined,
    ]);
    expect(feast('Easter-egg hunts drew crowds.', '1990-04-16', 'Easter')).toEqual([
      undefined,
      undefined,
    ]);
  });
});
