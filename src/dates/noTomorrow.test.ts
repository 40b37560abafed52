import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isNoTomorrow } from './noTomorrow.ts';

const JAN_12_1998 = { published: '1998-01-12', locale: 'en-US' } as const; // a Monday
const read = (text: string) => findMentions(text, JAN_12_1998).map((m) => [m.text, m.value]);
const readTimeml = (text: string) =>
  findTimemlMentions(text, JAN_12_1998).map((m) => [m.text, m.value]);

describe('noTomorrow', () => {
  it('reads no day in "Japan\'s banks lent money as if there were no tomorrow", said on 12 January 1998', () => {
    const text = "in the nineteen eighties, Japan's banks lent money as if there were no tomorrow.";
    expect(read(text)).toEqual([['the nineteen eighties', '198X']]);
    expect(readTimeml(text)).toEqual([['the nineteen eighties', '198X']]);
    expect(isNoTomorrow(text, text.indexOf('tomorrow'))).toBe(true);
  });

  it('still reads "the bill comes due tomorrow" beside the idiom, and "no, tomorrow is fine"', () => {
    expect(read("they spent like there's no tomorrow, and the bill comes due tomorrow.")).toEqual([
      ['tomorrow', '1998-01-13'],
    ]);
    expect(read('no, tomorrow is fine.')).toEqual([['tomorrow', '1998-01-13']]);
  });

  it('still reads "he will vote no tomorrow" and "say yes or no tomorrow", said on 12 January 1998, as 1998-01-13 (review)', () => {
    expect(read('Senator Byrd said he will vote no tomorrow on the budget bill.')).toEqual([
      ['tomorrow', '1998-01-13'],
    ]);
    expect(readTimeml('Voters will say yes or no tomorrow to the casino plan.')).toEqual([
      ['tomorrow', '1998-01-13'],
    ]);
  });
});
